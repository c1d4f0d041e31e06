import Link from "next/link";

import { Badge } from "@/components/ui/badge";
import type { ModelSummary } from "@/lib/contract/models";

const number = new Intl.NumberFormat("en-GB");
const STRATEGY = {
  least_confidence: "least confidence",
  margin: "margin",
  entropy: "entropy",
};

export function ModelTable({ models }: { models: ModelSummary[] }) {
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-xs">
      <table className="min-w-full text-sm">
        <thead className="bg-slate-50 text-left text-xs font-medium tracking-wide text-slate-500 uppercase">
          <tr>
            <th className="px-4 py-2.5">Model</th>
            <th className="px-4 py-2.5">Labels</th>
            <th className="px-4 py-2.5">Flagging</th>
            <th className="px-4 py-2.5 text-right">Predictions</th>
            <th className="px-4 py-2.5 text-right">To review</th>
            <th className="px-4 py-2.5 text-right">Reference rows</th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {models.map((model) => (
            <tr key={model.key} className="hover:bg-slate-50">
              <td className="px-4 py-3">
                <Link
                  href={`/models/${model.key}`}
                  className="text-tide-700 font-medium hover:underline"
                >
                  {model.name}
                </Link>
                <p className="font-mono text-xs text-slate-500">{model.key}</p>
              </td>
              <td className="px-4 py-3">
                <div className="flex flex-wrap gap-1">
                  {model.labels.map((label) => (
                    <Badge key={label}>{label}</Badge>
                  ))}
                </div>
              </td>
              <td className="px-4 py-3 text-slate-700">
                {STRATEGY[model.flagging.strategy]} ≥ {model.flagging.threshold}
                <span className="text-slate-500">
                  {" "}
                  · audit {(model.flagging.auditRate * 100).toFixed(1)} %
                </span>
              </td>
              <td className="px-4 py-3 text-right tabular-nums">
                {number.format(model.predictionCount)}
              </td>
              <td className="px-4 py-3 text-right tabular-nums">
                {number.format(model.openItems)}
              </td>
              <td className="px-4 py-3 text-right tabular-nums">
                {number.format(model.referenceRows)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
