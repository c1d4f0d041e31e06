import { hash } from "node:crypto";

/**
 * A uniform draw in [0, 1) derived from the model and prediction id, so a
 * retried prediction gets the same audit decision as its first attempt.
 */
export function auditDraw(modelKey: string, predictionId: string): number {
  // The one-shot hex digest costs a third of a Hash object's: this runs once
  // per ingested prediction. Its first 12 hex digits are the first 48 bits.
  const digest = hash("sha256", `${modelKey}\u0000${predictionId}`, "hex");
  return parseInt(digest.slice(0, 12), 16) / 2 ** 48;
}

export type ReviewDecision =
  | { reason: "flagged"; probability: 1 }
  | { reason: "audit"; probability: number }
  | { reason: null; probability: number };

/**
 * Flagged when the uncertainty reaches the threshold; otherwise an audit
 * sample with probability `auditRate`, by the uniform `draw` (called only
 * then). The stored probability is the chance the prediction had of reaching
 * review, which weighs it in the unbiased accuracy estimate.
 */
export function reviewDecision(
  score: number,
  policy: { threshold: number; auditRate: number },
  draw: () => number,
): ReviewDecision {
  if (score >= policy.threshold) return { reason: "flagged", probability: 1 };
  if (policy.auditRate > 0 && draw() < policy.auditRate) {
    return { reason: "audit", probability: policy.auditRate };
  }
  return { reason: null, probability: policy.auditRate };
}
