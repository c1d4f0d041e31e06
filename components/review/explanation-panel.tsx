import type { ReactNode } from "react";

import { AttributionChart } from "./attribution-chart";
import { DecisionPath } from "./decision-path";
import type { ReviewItem } from "./types";

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div>
      <h3 className="mb-2 text-xs font-medium tracking-wide text-slate-500 uppercase">
        {title}
      </h3>
      {children}
    </div>
  );
}

/** Why the model answered as it did, as far as its service told us. */
export function ExplanationPanel({ item }: { item: ReviewItem }) {
  const attributions = item.explanation?.attributions ?? {};
  const path = item.explanation?.decisionPath ?? [];
  const hasAttributions = Object.keys(attributions).length > 0;

  if (!hasAttributions && path.length === 0) {
    return (
      <p className="text-sm text-slate-500">
        The model service sent no explanation for this prediction.
      </p>
    );
  }
  return (
    <div className="space-y-4">
      {hasAttributions ? (
        <Section title="Feature attributions">
          <AttributionChart attributions={attributions} />
        </Section>
      ) : null}
      {path.length > 0 ? (
        <Section title="Decision path">
          <DecisionPath steps={path} />
        </Section>
      ) : null}
    </div>
  );
}
