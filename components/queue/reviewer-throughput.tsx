import { formatRelative } from "@/lib/client/format";

export interface ReviewerRow {
  reviewerId: string;
  name: string;
  lastHour: number;
  lastDay: number;
  unsure: number;
  lastLabelAt: string;
}

export function ReviewerThroughput({ reviewers }: { reviewers: ReviewerRow[] }) {
  if (reviewers.length === 0) {
    return <p className="text-sm text-slate-500">No labels in the last day yet.</p>;
  }

  return (
    <table className="min-w-full text-sm">
      <thead className="text-left text-xs font-medium tracking-wide text-slate-500 uppercase">
        <tr>
          <th className="py-2 pr-4">Reviewer</th>
          <th className="py-2 pr-4 text-right">Last hour</th>
          <th className="py-2 pr-4 text-right">Last 24 h</th>
          <th className="py-2 pr-4 text-right">Unsure</th>
          <th className="py-2 text-right">Last label</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {reviewers.map((r) => (
          <tr key={r.reviewerId}>
            <td className="py-2 pr-4 font-medium text-slate-900">{r.name}</td>
            <td className="py-2 pr-4 text-right tabular-nums">{r.lastHour}</td>
            <td className="py-2 pr-4 text-right tabular-nums">{r.lastDay}</td>
            <td className="py-2 pr-4 text-right tabular-nums">{r.unsure}</td>
            <td className="py-2 text-right text-slate-600">
              {formatRelative(r.lastLabelAt)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
