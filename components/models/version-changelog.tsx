import type { ModelVersionView } from "@/lib/contract/models";
import { formatDate, formatDateTime } from "@/lib/client/format";

import { VersionNotes } from "./version-notes";

const number = new Intl.NumberFormat("en-GB");

export function VersionChangelog({
  modelKey,
  versions,
  editable,
}: {
  modelKey: string;
  versions: ModelVersionView[];
  editable: boolean;
}) {
  if (versions.length === 0) {
    return (
      <p className="text-sm text-slate-500">No version has sent a prediction yet.</p>
    );
  }

  return (
    <table className="min-w-full text-sm">
      <thead className="text-left text-xs font-medium tracking-wide text-slate-500 uppercase">
        <tr>
          <th className="py-2 pr-4">Version</th>
          <th className="py-2 pr-4">First seen</th>
          <th className="py-2 pr-4">Last seen</th>
          <th className="py-2 pr-4 text-right">Predictions</th>
          <th className="w-1/2 py-2">Notes</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {versions.map((version) => (
          <tr key={version.version} className="align-top">
            <td className="py-2.5 pr-4 font-mono text-xs font-medium">
              {version.version}
            </td>
            <td
              className="py-2.5 pr-4 whitespace-nowrap text-slate-600"
              title={formatDateTime(version.firstSeenAt)}
            >
              {formatDate(version.firstSeenAt)}
            </td>
            <td
              className="py-2.5 pr-4 whitespace-nowrap text-slate-600"
              title={formatDateTime(version.lastSeenAt)}
            >
              {formatDate(version.lastSeenAt)}
            </td>
            <td className="py-2.5 pr-4 text-right tabular-nums">
              {number.format(version.predictionCount)}
            </td>
            <td className="py-2.5">
              <VersionNotes
                modelKey={modelKey}
                version={version.version}
                notes={version.notes}
                editable={editable}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
