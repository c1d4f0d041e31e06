import { Badge } from "@/components/ui/badge";
import { formatDateTime } from "@/lib/client/format";

import type { ReviewItem } from "./types";

function Fact({ term, value }: { term: string; value: string }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs text-slate-500">{term}</dt>
      <dd className="truncate text-sm font-medium text-slate-800" title={value}>
        {value}
      </dd>
    </div>
  );
}

/** Why the item is here, and where and when its prediction was made. */
export function ItemFacts({ item }: { item: ReviewItem }) {
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        {item.reason === "flagged" ? (
          <Badge tone="amber">Flagged: the model was unsure</Badge>
        ) : (
          <Badge tone="tide">Audit sample: a confident prediction, checked at random</Badge>
        )}
        {item.labelsNeeded > 1 ? (
          <Badge>
            {item.labelCount} of {item.labelsNeeded} labels given
          </Badge>
        ) : null}
      </div>
      <dl className="grid grid-cols-2 gap-x-4 gap-y-2 sm:grid-cols-4">
        <Fact term="Model version" value={item.modelVersion} />
        <Fact term="Region" value={item.region} />
        <Fact term="Client" value={item.client} />
        <Fact term="Predicted at" value={formatDateTime(item.timestamp)} />
      </dl>
    </div>
  );
}
