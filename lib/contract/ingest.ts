import { z } from "zod";

import { key, timestamp } from "./common";
import { endpoint } from "./endpoint";

export const MAX_PREDICTIONS = 5_000;
export const MAX_OUTCOMES = 5_000;
export const MAX_REFERENCE_ROWS = 50_000;
const MIB = 1024 * 1024;

/** Feature values: numbers, strings, booleans, or null for a missing value. */
const featureValue = z.union([z.number(), z.string().max(10_000), z.boolean(), z.null()]);

/**
 * An object of any keys whose values all match `value`. Written as an object
 * with a catchall rather than a record: zod compiles the one and interprets
 * the other, and a prediction holds up to three such objects, validated a
 * million times a minute at full ingest.
 */
const keyed = <V extends z.ZodType>(value: V) => z.object({}).catchall(value);

/** `keyed`, with every key's length checked: names of `what`, up to 200 characters. */
const named = <V extends z.ZodType>(value: V, what: string, minLength: 0 | 1) =>
  keyed(value).refine(
    (o) => Object.keys(o).every((k) => k.length >= minLength && k.length <= 200),
    `name ${what} in ${minLength === 1 ? "1 to" : "at most"} 200 characters`,
  );

const features = named(featureValue, "features", 1);

// Its keys are checked against the model's labels after parsing.
const probabilities = keyed(z.number().min(0).max(1))
  .refine((p) => Object.keys(p).length > 0, "give at least one probability")
  .refine(
    (p) => Math.abs(Object.values(p).reduce((sum, v) => sum + v, 0) - 1) <= 1e-6,
    "probabilities must sum to 1 (± 1e-6)",
  );

export const predictionInput = z.strictObject({
  id: z.string().min(1).max(200),
  model: key,
  modelVersion: z.string().min(1).max(100),
  region: key,
  client: z.string().min(1).max(200),
  timestamp: timestamp.optional(),
  features,
  text: z.string().max(20_000).nullish(),
  output: z.strictObject({ label: z.string().min(1).max(200), probabilities }),
  latencyMs: z.number().nonnegative().nullish(),
  error: z.string().max(5_000).nullish(),
  explanation: z
    .strictObject({
      attributions: named(z.number(), "attributions", 0).optional(),
      decisionPath: z.array(z.string().max(1_000)).max(200).optional(),
    })
    .nullish(),
  subjectId: z.string().min(1).max(200).nullish(),
});

export const predictionsBody = z.strictObject({
  predictions: z
    .array(predictionInput)
    .min(1, "send at least one prediction")
    .max(MAX_PREDICTIONS, `send at most ${MAX_PREDICTIONS} predictions a request`),
});

export const predictionsResult = z.object({
  accepted: z.number().int(),
  duplicates: z.number().int(),
  flagged: z.number().int(),
  audited: z.number().int(),
});

export const outcomesBody = z.strictObject({
  outcomes: z
    .array(
      z.strictObject({
        model: key,
        predictionId: z.string().min(1).max(200),
        label: z.string().min(1).max(200),
        observedAt: timestamp.optional(),
      }),
    )
    .min(1, "send at least one outcome")
    .max(MAX_OUTCOMES, `send at most ${MAX_OUTCOMES} outcomes a request`),
});

export const referenceBody = z.strictObject({
  rows: z
    .array(z.strictObject({ features, label: z.string().min(1).max(200).nullish() }))
    .max(MAX_REFERENCE_ROWS, `send at most ${MAX_REFERENCE_ROWS} rows a request`),
  replace: z.boolean().default(false),
});

export type PredictionInput = z.infer<typeof predictionInput>;
export type OutcomesInput = z.infer<typeof outcomesBody>;
export type ReferenceInput = z.infer<typeof referenceBody>;

export const ingestEndpoints = {
  predictions: endpoint({
    method: "POST",
    path: "/api/v1/predictions",
    summary:
      "Push up to 5,000 predictions; a repeated id for the same model is a duplicate",
    tag: "Ingestion",
    scope: "ingest",
    body: predictionsBody,
    response: predictionsResult,
    maxBodyBytes: 8 * MIB,
    rateLimited: true,
  }),
  outcomes: endpoint({
    method: "POST",
    path: "/api/v1/outcomes",
    summary: "Push ground-truth outcomes known after the prediction",
    tag: "Ingestion",
    scope: "ingest",
    body: outcomesBody,
    response: z.object({ accepted: z.number().int(), unknown: z.number().int() }),
    maxBodyBytes: 4 * MIB,
    rateLimited: true,
  }),
  reference: endpoint({
    method: "POST",
    path: "/api/v1/models/{modelKey}/reference",
    summary: "Append (or replace) the training reference drift is measured against",
    tag: "Ingestion",
    scope: ["admin", "ingest"],
    params: z.object({ modelKey: key }),
    body: referenceBody,
    response: z.object({ rows: z.number().int() }),
    maxBodyBytes: 48 * MIB,
    rateLimited: true,
  }),
};
