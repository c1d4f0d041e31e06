import { buttonClass } from "@/components/ui/button";

const FORMATS = [
  ["jsonl", "JSONL"],
  ["csv", "CSV"],
  ["parquet", "Parquet"],
] as const;

/**
 * Plain links: the browser streams the file to disk with its own progress
 * (JSONL sends its length; the others once their manifest is computed).
 */
export function DownloadLinks({
  datasetId,
  version,
}: {
  datasetId: string;
  version: number;
}) {
  const base = `/api/v1/datasets/${datasetId}/versions/${version}/export`;
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
    </div>
  );
}
