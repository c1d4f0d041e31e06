import { sql } from "drizzle-orm";
import {
  bigint,
  doublePrecision,
  index,
  jsonb,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";

import { model } from "./model";

export type ReviewReason = "flagged" | "audit";

export interface Explanation {
  attributions?: Record<string, number>;
  decisionPath?: string[];
}

/** Every pushed prediction, kept whole for audit (subject to retention). */
export const prediction = pgTable(
  "prediction",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    modelKey: text("model_key")
      .notNull()
      .references(() => model.key),
    externalId: text("external_id").notNull(),
    modelVersion: text("model_version").notNull(),
    region: text("region").notNull(),
    client: text("client").notNull(),
    ts: timestamp("ts", { withTimezone: true }).notNull(),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
    features: jsonb("features").$type<Record<string, unknown>>().notNull(),
    text: text("text"),
    outputLabel: text("output_label").notNull(),
    probabilities: jsonb("probabilities").$type<Record<string, number>>().notNull(),
    latencyMs: doublePrecision("latency_ms"),
    error: text("error"),
    explanation: jsonb("explanation").$type<Explanation>(),
    subjectId: text("subject_id"),
    uncertainty: doublePrecision("uncertainty").notNull(),
    reviewReason: text("review_reason").$type<ReviewReason>(),
    // The probability with which this prediction was sent to review: 1 when
    // flagged, the audit rate otherwise. Inverse-probability accuracy needs it.
    reviewProbability: doublePrecision("review_probability").notNull(),
  },
  (t) => [
    uniqueIndex("prediction_model_external_idx").on(t.modelKey, t.externalId),
    index("prediction_model_ts_idx").on(t.modelKey, t.ts),
    index("prediction_subject_idx")
      .on(t.subjectId)
      .where(sql`${t.subjectId} is not null`),
  ],
);

/** Ground truth that arrives after the prediction; the latest one counts. */
export const outcome = pgTable(
  "outcome",
  {
    modelKey: text("model_key").notNull(),
    predictionExternalId: text("prediction_external_id").notNull(),
    label: text("label").notNull(),
    observedAt: timestamp("observed_at", { withTimezone: true }).notNull(),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("outcome_prediction_idx").on(t.modelKey, t.predictionExternalId)],
);
