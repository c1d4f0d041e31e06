import type { Db } from "@/db/types";
import { SYSTEM_ACTOR } from "@/lib/auth/actor";
import type { PredictionInput } from "@/lib/contract/ingest";
import { upsertModel } from "@/lib/models";

import { makeRegion, unique } from "./factories";

export async function makeModel(
  db: Db,
  overrides: {
    auditRate?: number;
    labelsPerItem?: number;
    balanceClasses?: boolean;
  } = {},
) {
  const key = unique("churn");
  const region = await makeRegion(db);
  await upsertModel(db, SYSTEM_ACTOR, key, {
    name: "Churn",
    labels: ["stay", "churn"],
    features: [
      { name: "age", type: "numerical" },
      { name: "plan", type: "categorical" },
    ],
    flagging: {
      strategy: "least_confidence",
      threshold: 0.4,
      auditRate: overrides.auditRate ?? 0,
    },
    labelsPerItem: overrides.labelsPerItem ?? 1,
    balanceClasses: overrides.balanceClasses ?? false,
  });
  return { key, region };
}

export function prediction(
  model: { key: string; region: string },
  id: string,
  churn = 0.9,
  overrides: Partial<PredictionInput> = {},
): PredictionInput {
  return {
    id,
    model: model.key,
    modelVersion: "v1",
    region: model.region,
    client: "acme",
    timestamp: "2026-12-01T10:00:00Z",
    features: { age: 41, plan: "pro" },
    output: {
      label: churn >= 0.5 ? "churn" : "stay",
      probabilities: { stay: Math.round((1 - churn) * 1e6) / 1e6, churn },
    },
    ...overrides,
  };
}
