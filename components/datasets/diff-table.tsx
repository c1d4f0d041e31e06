import type { DiffRowView } from "@/lib/contract/datasets";

export function DiffTable({ rows }: { rows: DiffRowView[] }) {
  if (rows.length === 0) {
    return (
      <p className="px-1 py-6 text-center text-sm text-slate-500">
        No rows of this kind.
      </p>
    );
  }

  return (
    <table className="min-w-full text-sm">
      <thead className="text-left text-xs font-medium tracking-wide text-slate-500 uppercase">
        <tr>
          <th className="py-2 pr-4">Row</th>
          <th className="py-2 pr-4">Before</th>
          <th className="py-2">After</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => (
          <tr key={row.key}>
            <td className="py-2 pr-4 font-mono text-xs">
              {row.predictionId ?? (
                <span className="text-slate-400">base {row.key.slice(2)}</span>
              )}
            </td>
            <td className="py-2 pr-4">
              {row.fromLabel ?? "—"}
              {row.fromSource ? (
                <span className="ml-1 text-xs text-slate-400">{row.fromSource}</span>
              ) : null}
            </td>
            <td className="py-2">
              {row.toLabel ?? "—"}
              {row.toSource ? (
                <span className="ml-1 text-xs text-slate-400">{row.toSource}</span>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
