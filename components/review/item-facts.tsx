import { Badge } from "@/components/ui/badge";
import { formatDateTime } from "@/lib/client/format";

import type { ReviewItem } from "./types";

function Fact({ term, value }: { term: string; value: string }) {
  return (
    <div className="min-w-0">
      <dt className="text-xs text-slate-500">{term}</dt>
      <dd className="text-sm font-medium break-words text-slate-800">{value}</dd>
    </div>
  );
}

/** Why the item is in the queue: flagged as uncertain, or drawn for the audit. */
export function ReasonBadges({ item }: { item: ReviewItem }) {
  return (
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
  );
}

/** Where and when the prediction was made. */
export function ItemFacts({ item }: { item: ReviewItem }) {
  return (
    <dl className="flex flex-wrap gap-x-8 gap-y-2">
      <Fact term="Model version" value={item.modelVersion} />
      <Fact term="Region" value={item.region} />
      <Fact term="Client" value={item.client} />
      <Fact term="Predicted at" value={formatDateTime(item.timestamp)} />
    </dl>
  );
}
