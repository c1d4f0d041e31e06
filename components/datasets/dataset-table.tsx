import Link from "next/link";

import { formatDateTime } from "@/lib/client/format";
import type { DatasetView } from "@/lib/contract/datasets";

import { describeFilter } from "./filter-summary";

const number = new Intl.NumberFormat("en-GB");

export function DatasetTable({ datasets }: { datasets: DatasetView[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-xs">
      <table className="min-w-full text-sm">
        <thead className="bg-slate-50 text-left text-xs font-medium tracking-wide text-slate-500 uppercase">
          <tr>
            <th className="px-4 py-2.5">Dataset</th>
            <th className="px-4 py-2.5">Filter</th>
            <th className="px-4 py-2.5 text-right">Versions</th>
            <th className="px-4 py-2.5 text-right">Latest rows</th>
            <th className="px-4 py-2.5">Created</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {datasets.map((d) => (
            <tr key={d.id} className="hover:bg-slate-50">
              <td className="px-4 py-3">
                <Link
                  href={`/datasets/${d.id}`}
                  className="text-tide-700 font-medium hover:underline"
                >
                  {d.name}
                </Link>
                <p className="font-mono text-xs text-slate-500">{d.model}</p>
              </td>
              <td className="max-w-sm px-4 py-3 text-xs text-slate-600">
                {describeFilter(d.filter)}
              </td>
              <td className="px-4 py-3 text-right tabular-nums">{d.versionCount}</td>
              <td className="px-4 py-3 text-right tabular-nums">
                {d.latest ? number.format(d.latest.rows) : "—"}
              </td>
              <td className="px-4 py-3 whitespace-nowrap text-slate-600">
                {formatDateTime(d.createdAt)}
                <span className="block text-xs text-slate-400">{d.createdBy}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
