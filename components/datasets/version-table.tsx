import Link from "next/link";

import { Badge } from "@/components/ui/badge";
import { formatDateTime } from "@/lib/client/format";
import type { VersionView } from "@/lib/contract/datasets";

import { DownloadLinks } from "./download-links";
import { LabelBars } from "./label-bars";

const number = new Intl.NumberFormat("en-GB");
const TRIGGER_TONE = { manual: "neutral", api: "tide", retraining: "amber" } as const;

function BaseCounts({ version }: { version: VersionView }) {
  if (!version.basePolicy) return <span className="text-slate-400">—</span>;
  return (
    <span className="text-xs text-slate-600">
      {number.format(version.feedbackRows)} feedback + {number.format(version.baseRows)}{" "}
      base
      <span className="block text-slate-400">
        {version.conflicts} conflicts, {version.basePolicy.replace("_", " ")}
      </span>
    </span>
  );
}

export function VersionTable({
  datasetId,
  versions,
  labels,
}: {
  datasetId: string;
  versions: VersionView[];
  labels: readonly string[];
}) {
  return (
    <table className="min-w-full text-sm">
      <thead className="text-left text-xs font-medium tracking-wide text-slate-500 uppercase">
        <tr>
          <th className="py-2 pr-3">Version</th>
          <th className="py-2 pr-3 text-right">Rows</th>
          <th className="py-2 pr-3">Labels</th>
          <th className="py-2 pr-3">Base</th>
          <th className="py-2 pr-3">Created</th>
          <th className="py-2">Download</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {[...versions].reverse().map((v) => (
          <tr key={v.version} className="align-top">
            <td className="py-3 pr-3">
              <Link
                href={`/datasets/${datasetId}/versions/${v.version}`}
                className="text-tide-700 font-medium hover:underline"
              >
                Version {v.version}
              </Link>
              <code className="block text-xs text-slate-500" title={v.sha256}>
                {v.sha256.slice(0, 12)}
              </code>
            </td>
            <td className="py-3 pr-3 text-right tabular-nums">{number.format(v.rows)}</td>
            <td className="py-3 pr-3">
              <LabelBars counts={v.labelCounts} labels={labels} />
            </td>
            <td className="py-3 pr-3">
              <BaseCounts version={v} />
            </td>
            <td className="py-3 pr-3 whitespace-nowrap text-slate-600">
              {formatDateTime(v.createdAt)}
              <span className="mt-1 block">
                <Badge tone={TRIGGER_TONE[v.trigger]}>{v.trigger}</Badge>
              </span>
            </td>
            <td className="py-3">
              <DownloadLinks datasetId={datasetId} version={v.version} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
