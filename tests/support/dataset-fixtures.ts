import type { Db } from "@/db/types";
import type { Actor } from "@/lib/auth/actor";
import type { PredictionInput } from "@/lib/contract/ingest";
import { ingestOutcomes } from "@/lib/ingest/outcomes";
import { ingestPredictions } from "@/lib/ingest/predictions";
import { claimNext } from "@/lib/review/claim";
import { submitLabel } from "@/lib/review/submit";

import { makeModel, prediction } from "./ingest-fixtures";
import { serviceActor } from "./review-fixtures";

export type Model = { key: string; region: string };

/**
 * A model with `n` flagged predictions p-000 …, each tweaked by `shape(i)`.
 * Uncertainty falls with the index, so the queue serves them in id order.
 */
export async function makeFeedbackModel(
  db: Db,
  n: number,
  shape: (i: number) => Partial<PredictionInput> = () => ({}),
  options: { labelsPerItem?: number } = {},
): Promise<Model> {
  const model = await makeModel(db, options);
  await pushPredictions(db, model, 0, n, shape);
  return model;
}

export async function pushPredictions(
  db: Db,
  model: Model,
  start: number,
  n: number,
  shape: (i: number) => Partial<PredictionInput> = () => ({}),
) {
  const batch = Array.from({ length: n }, (_, k) => {
    const i = start + k;
    return prediction(model, `p-${String(i).padStart(3, "0")}`, 0.5 + i / 10_000, {
      features: { age: 20 + i, plan: i % 2 ? "pro" : "basic" },
      ...shape(i),
    });
  });
  await ingestPredictions(db, serviceActor, batch);
}

/** Claims and labels up to `n` items; `label` picks each one's class by prediction id. */
export async function labelItems(
  db: Db,
  reviewer: Actor,
  modelKey: string,
  n: number,
  label: (predictionId: string) => string = () => "stay",
) {
  const labeled: { predictionId: string; labelId: string; itemId: string }[] = [];
  for (let k = 0; k < n; k++) {
    const claim = await claimNext(db, reviewer, modelKey);
    if (!claim) break;

    const result = await submitLabel(db, reviewer, Number(claim.item.id), {
      leaseId: claim.lease.id,
      label: label(claim.item.predictionId),
    });
    labeled.push({
      predictionId: claim.item.predictionId,
      labelId: result.label.id,
      itemId: claim.item.id,
    });
  }
  return labeled;
}

export async function addOutcomes(
  db: Db,
  modelKey: string,
  outcomes: [string, string][],
) {
  await ingestOutcomes(
    db,
    serviceActor,
    outcomes.map(([predictionId, label]) => ({ model: modelKey, predictionId, label })),
  );
}
