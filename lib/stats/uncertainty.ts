import type { FlaggingStrategy } from "@/db/schema";

/**
 * How unsure a classifier was, from its class probabilities; higher is more
 * uncertain, and every score lies in [0, 1].
 *
 * - least confidence: 1 − p₁
 * - margin: 1 − (p₁ − p₂)
 * - entropy: −Σ p ln p / ln K, with K the number of classes the model has
 *   (classes left out of `probabilities` count as p = 0, and 0 ln 0 = 0)
 *
 * p₁ ≥ p₂ are the two largest probabilities. `classCount` must be ≥ 2.
 */
export function uncertainty(
  strategy: FlaggingStrategy,
  probabilities: readonly number[],
  classCount: number,
): number {
  if (classCount < 2)
    throw new RangeError("uncertainty: a classifier has at least 2 classes");

  const sorted = [...probabilities].sort((a, b) => b - a);
  const p1 = sorted[0] ?? 0;
  const p2 = sorted[1] ?? 0;

  switch (strategy) {
    case "least_confidence":
      return clamp(1 - p1);
    case "margin":
      return clamp(1 - (p1 - p2));
    case "entropy":
      return clamp(entropy(probabilities) / Math.log(classCount));
  }
}

function entropy(probabilities: readonly number[]): number {
  return -probabilities.reduce((sum, p) => (p > 0 ? sum + p * Math.log(p) : sum), 0);
}

// Probabilities may sum to 1 ± 1e-6, which can push a score a hair outside [0, 1].
function clamp(value: number): number {
  return Math.min(1, Math.max(0, value));
}
