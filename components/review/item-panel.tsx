import { Card } from "@/components/ui/card";

import { FeaturesTable } from "./features-table";
import { ItemFacts, ReasonBadges } from "./item-facts";
import { PanelHeading } from "./panel-heading";
import type { ReviewItem } from "./types";

const TEXT_BOX =
  "max-h-64 overflow-y-auto rounded-md bg-slate-50 px-3 py-2.5 text-[15px] leading-relaxed " +
  "whitespace-pre-wrap text-slate-900 ring-1 ring-slate-200 ring-inset [overflow-wrap:anywhere]";

/**
 * The text a model service sent is untrusted: it is rendered as a React text
 * node only, so markup in it shows as the characters it is made of.
 */
function ItemText({ item }: { item: ReviewItem }) {
  if (item.text === null) return null;

  if (item.maskedFields.includes("text")) {
    return <p className="text-sm text-slate-500">The text is hidden for your role.</p>;
  }
  return (
    <figure>
      <figcaption className="mb-1.5 text-xs font-medium tracking-wide text-slate-500 uppercase">
        Text
      </figcaption>
      <p dir="auto" className={TEXT_BOX}>
        {item.text}
      </p>
    </figure>
  );
}

export function ItemPanel({ item }: { item: ReviewItem }) {
  return (
    <Card>
      <PanelHeading title={`Prediction ${item.predictionId}`}>
        <ReasonBadges item={item} />
      </PanelHeading>
      <div className="space-y-5">
        <ItemFacts item={item} />
        <ItemText item={item} />
        <div>
          <h3 className="mb-1 text-xs font-medium tracking-wide text-slate-500 uppercase">
            Features
          </h3>
          <FeaturesTable item={item} />
        </div>
      </div>
    </Card>
  );
}
