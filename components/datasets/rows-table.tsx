import type { DatasetRowView } from "@/lib/contract/datasets";

const SOURCE_TONE = {
  reviewed: "text-tide-700",
  outcome: "text-emerald-700",
  base: "text-amber-700",
} as const;

function features(values: Record<string, unknown>) {
  return Object.entries(values)
    .map(([key, value]) => `${key}=${value === null ? "∅" : String(value)}`)
    .join(" · ");
}

export function RowsTable({ rows }: { rows: DatasetRowView[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-xs">
      <table className="min-w-full text-sm">
        <thead className="bg-slate-50 text-left text-xs font-medium tracking-wide text-slate-500 uppercase">
          <tr>
            <th className="px-3 py-2.5">Prediction</th>
            <th className="px-3 py-2.5">Version · region · client</th>
            <th className="px-3 py-2.5">Features</th>
            <th className="px-3 py-2.5">Predicted</th>
            <th className="px-3 py-2.5">Label</th>
            <th className="px-3 py-2.5 text-right">Agreement</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row, i) => (
            <tr key={row.predictionId ?? `base-${i}`} className="align-top">
              <td className="px-3 py-2 font-mono text-xs">
                {row.predictionId ?? <span className="text-slate-400">base row</span>}
                <span className="block text-slate-400">
                  {row.timestamp?.slice(0, 16).replace("T", " ")}
                </span>
              </td>
              <td className="px-3 py-2 text-xs text-slate-600">
                {[row.modelVersion, row.region, row.client].filter(Boolean).join(" · ") ||
                  "—"}
              </td>
              <td
                className="max-w-xs truncate px-3 py-2 font-mono text-xs text-slate-600"
                title={features(row.features)}
              >
                {features(row.features)}
              </td>
              <td className="px-3 py-2">{row.predictedLabel ?? "—"}</td>
              <td className="px-3 py-2">
                <span className="font-medium">{row.label}</span>
                <span className={`block text-xs ${SOURCE_TONE[row.source]}`}>
                  {row.source}
                </span>
              </td>
              <td className="px-3 py-2 text-right tabular-nums">
                {row.agreement === null ? "—" : `${Math.round(row.agreement * 100)} %`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
