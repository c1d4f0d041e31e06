import { buttonClass } from "@/components/ui/button";

const FORMATS = [
  ["jsonl", "JSONL"],
  ["csv", "CSV"],
  ["parquet", "Parquet"],
] as const;

/**
 * Plain links: the browser streams the file to disk with its own progress
 * (each format sends its length once it has been measured, which starts as
 * soon as the version is cut). The manifest lists each file's sha256.
 */
export function DownloadLinks({
  datasetId,
  version,
}: {
  datasetId: string;
  version: number;
}) {
  const versionUrl = `/api/v1/datasets/${datasetId}/versions/${version}`;
  const base = `${versionUrl}/export`;
  return (
    <div className="flex gap-1.5">
      {FORMATS.map(([format, label]) => (
        <a
          key={format}
          href={`${base}?format=${format}`}
          download
          className={buttonClass("secondary", "sm")}
          aria-label={`Download version ${version} as ${label}`}
        >
          {label}
        </a>
      ))}
      <a
        href={`${versionUrl}/manifest`}
        target="_blank"
        rel="noreferrer"
        className={buttonClass("ghost", "sm")}
        aria-label={`Manifest of version ${version}: schema and checksums`}
      >
        Manifest
      </a>
    </div>
  );
}
