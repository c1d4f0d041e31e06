import type { PredictionInput } from "@/lib/contract/ingest";
import type { ModelRow } from "@/lib/models";
import { uncertainty } from "@/lib/stats/uncertainty";

import { auditDraw, reviewDecision } from "./audit-sample";

/** A prediction as stored: its input with the score and review decision. */
export interface PredictionRow {
  model_key: string;
  external_id: string;
  model_version: string;
  region: string;
  client: string;
  ts: string;
  features: Record<string, unknown>;
  text: string | null;
  output_label: string;
  probabilities: Record<string, number>;
  latency_ms: number | null;
  error: string | null;
  explanation: object | null;
  subject_id: string | null;
  uncertainty: number;
  review_reason: "flagged" | "audit" | null;
  review_probability: number;
}

/** Scores a validated prediction by its model's strategy and decides on review. */
export function toPredictionRow(p: PredictionInput, model: ModelRow): PredictionRow {
  const score = uncertainty(
    model.flagging.strategy,
    Object.values(p.output.probabilities),
    model.labels.length,
  );
  // The draw is a SHA-256: skipped when the score alone decides.
  const decision = reviewDecision(score, model.flagging, () =>
    auditDraw(model.key, p.id),
  );

  return {
    model_key: model.key,
    external_id: p.id,
    model_version: p.modelVersion,
    region: p.region,
    client: p.client,
    ts: p.timestamp ?? new Date().toISOString(),
    features: p.features,
    text: p.text ?? null,
    output_label: p.output.label,
    probabilities: p.output.probabilities,
    latency_ms: p.latencyMs ?? null,
    error: p.error ?? null,
    explanation: p.explanation ?? null,
    subject_id: p.subjectId ?? null,
    uncertainty: score,
    review_reason: decision.reason,
    review_probability: decision.probability,
  };
}

/** What storing a batch did. */
export interface StoredCounts {
  accepted: number;
  flagged: number;
  audited: number;
}
