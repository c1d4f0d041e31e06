import { z } from "zod";

import { key, timestamp } from "./common";
import { endpoint } from "./endpoint";

export const DRIFT_METHODS = [
  "ks",
  "psi",
  "wasserstein",
  "wassersteinNormed",
  "chiSquare",
  "jensenShannon",
] as const;

const label = z.string().min(1).max(200);

const featureSpec = z.strictObject({
  name: z.string().min(1).max(200),
  type: z.enum(["numerical", "categorical"]),
  drift: z
    .strictObject({ method: z.enum(DRIFT_METHODS), threshold: z.number().nonnegative() })
    .optional(),
});

const unique = (items: { name: string }[] | string[]) => {
  const names = items.map((item) => (typeof item === "string" ? item : item.name));
  return new Set(names).size === names.length;
};

export const modelBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  labels: z.array(label).min(2).max(1000).refine(unique, "labels must be distinct"),
  features: z
    .array(featureSpec)
    .max(1000)
    .refine(unique, "feature names must be distinct"),
  flagging: z.strictObject({
    strategy: z.enum(["least_confidence", "margin", "entropy"]),
    threshold: z.number().min(0).max(1),
    auditRate: z.number().min(0).max(1),
  }),
  labelsPerItem: z.number().int().min(1).max(10).default(1),
  balanceClasses: z.boolean().default(false),
});

export const modelVersionView = z
  .object({
    version: z.string(),
    firstSeenAt: timestamp,
    lastSeenAt: timestamp,
    predictionCount: z.number().int(),
    notes: z.string(),
  })
  .meta({ id: "ModelVersion" });

export const modelView = z
  .object({
    key: z.string(),
    name: z.string(),
    labels: z.array(z.string()),
    features: z.array(featureSpec),
    flagging: modelBody.shape.flagging,
    labelsPerItem: z.number().int(),
    balanceClasses: z.boolean(),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: "Model" });

export const modelSummary = modelView.extend({
  predictionCount: z.number().int(),
  openItems: z.number().int(),
  referenceRows: z.number().int(),
  lastPredictionAt: timestamp.nullable(),
});

const modelParams = z.object({ modelKey: key });

export const versionNotesBody = z.strictObject({ notes: z.string().max(5000) });

export type ModelInput = z.infer<typeof modelBody>;
export type ModelView = z.infer<typeof modelView>;
export type ModelSummary = z.infer<typeof modelSummary>;
export type ModelVersionView = z.infer<typeof modelVersionView>;

export const modelEndpoints = {
  list: endpoint({
    method: "GET",
    path: "/api/v1/models",
    summary: "Every model with its counts",
    tag: "Models",
    scope: "signed-in",
    response: z.object({ models: z.array(modelSummary) }),
  }),
  get: endpoint({
    method: "GET",
    path: "/api/v1/models/{modelKey}",
    summary: "One model with its version changelog",
    tag: "Models",
    scope: "signed-in",
    params: modelParams,
    response: z.object({ model: modelSummary, versions: z.array(modelVersionView) }),
  }),
  put: endpoint({
    method: "PUT",
    path: "/api/v1/models/{modelKey}",
    summary: "Create or update a model: labels, features and flagging policy",
    tag: "Models",
    scope: "admin",
    params: modelParams,
    body: modelBody,
    response: z.object({ model: modelView, created: z.boolean() }),
  }),
  versionNotes: endpoint({
    method: "PATCH",
    path: "/api/v1/models/{modelKey}/versions/{version}",
    summary: "Set the changelog notes of a model version",
    tag: "Models",
    scope: "admin",
    params: modelParams.extend({ version: z.string().min(1).max(100) }),
    body: versionNotesBody,
    response: z.object({ version: modelVersionView }),
  }),
};
