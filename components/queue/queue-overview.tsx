import Link from "next/link";

import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { formatRelative } from "@/lib/client/format";

export interface QueueRow {
  model: string;
  modelName: string;
  region: string;
  open: number;
  leased: number;
  disputed: number;
  oldestOpenAt: string | null;
}

interface ModelQueue {
  model: string;
  modelName: string;
  rows: QueueRow[];
  lastHour: number;
  lastDay: number;
}

const number = new Intl.NumberFormat("en-GB");

function groupByModel(
  rows: QueueRow[],
  rates: { model: string; lastHour: number; lastDay: number }[],
) {
  const models = new Map<string, ModelQueue>();
  for (const row of rows) {
    const rate = rates.find((r) => r.model === row.model);
    const entry = models.get(row.model) ?? {
      model: row.model,
      modelName: row.modelName,
      rows: [],
      lastHour: rate?.lastHour ?? 0,
      lastDay: rate?.lastDay ?? 0,
    };
    entry.rows.push(row);
    models.set(row.model, entry);
  }
  return [...models.values()];
}

/** One card per model: depth per region, oldest waiting item, label rate. */
export function QueueOverview({
  rows,
  rates,
  isLead,
}: {
  rows: QueueRow[];
  rates: { model: string; lastHour: number; lastDay: number }[];
  isLead: boolean;
}) {
  return (
    <div className="grid gap-4 lg:grid-cols-2">
      {groupByModel(rows, rates).map((queue) => {
        const open = queue.rows.reduce((sum, r) => sum + r.open, 0);
        const disputed = queue.rows.reduce((sum, r) => sum + r.disputed, 0);
        return (
          <section
            key={queue.model}
            aria-label={`Queue of ${queue.modelName}`}
            className="rounded-lg border border-slate-200 bg-white p-5 shadow-xs"
          >
            <div className="flex items-start justify-between gap-4">
              <div>
                <h2 className="text-base font-semibold text-slate-900">
                  {queue.modelName}
                </h2>
                <p className="font-mono text-xs text-slate-500">{queue.model}</p>
              </div>
              <div className="flex gap-2">
                {isLead && disputed > 0 ? (
                  <Link
                    href={`/queue/${queue.model}/disputes`}
                    className={buttonClass("secondary")}
                  >
                    Disagreements ({disputed})
                  </Link>
                ) : null}
                <Link
                  href={`/queue/${queue.model}`}
                  className={buttonClass("primary")}
                  aria-disabled={open === 0}
                >
                  Start labeling
                </Link>
              </div>
            </div>
            <p className="mt-3 text-sm text-slate-600">
              <span className="font-semibold text-slate-900 tabular-nums">
                {number.format(open)}
              </span>{" "}
              waiting · {number.format(queue.lastHour)} labels in the last hour ·{" "}
              {number.format(queue.lastDay)} today
            </p>
            <table className="mt-4 min-w-full text-sm">
              <thead className="text-left text-xs font-medium tracking-wide text-slate-500 uppercase">
                <tr>
                  <th className="py-1.5 pr-3">Region</th>
                  <th className="py-1.5 pr-3 text-right">Waiting</th>
                  <th className="py-1.5 pr-3 text-right">In review</th>
                  <th className="py-1.5 pr-3 text-right">For a lead</th>
                  <th className="py-1.5 text-right">Oldest waiting</th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100">
                {queue.rows.map((row) => (
                  <tr key={row.region}>
                    <td className="py-1.5 pr-3">{row.region}</td>
                    <td className="py-1.5 pr-3 text-right tabular-nums">
                      {number.format(row.open)}
                    </td>
                    <td className="py-1.5 pr-3 text-right tabular-nums">
                      {number.format(row.leased)}
                    </td>
                    <td className="py-1.5 pr-3 text-right tabular-nums">
                      {row.disputed > 0 ? <Badge tone="amber">{row.disputed}</Badge> : 0}
                    </td>
                    <td className="py-1.5 text-right text-slate-600">
                      {row.oldestOpenAt ? formatRelative(row.oldestOpenAt) : "—"}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
    </div>
  );
}
