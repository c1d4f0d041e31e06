import { createHash } from "node:crypto";

import { describe, expect, it } from "vitest";

import { auditDraw, reviewDecision } from "@/lib/ingest/audit-sample";
import { uncertainty } from "@/lib/stats/uncertainty";

// Entropy expectations are scipy.stats.entropy(p, base=K), the normalised
// entropy of PRODUCT.md; the others follow from the definitions directly.
describe("uncertainty", () => {
  it.each([
    ["least_confidence", [0.45, 0.55], 2, 0.45],
    ["least_confidence", [0.7, 0.2, 0.1], 3, 0.3],
    ["margin", [0.45, 0.55], 2, 0.9],
    ["margin", [0.7, 0.2, 0.1], 3, 0.5],
    ["margin", [1], 2, 0],
    ["entropy", [0.45, 0.55], 2, 0.9927744539878083],
    ["entropy", [0.7, 0.2, 0.1], 3, 0.7298466991620974],
    // A class left out counts as p = 0, but still counts in K.
    ["entropy", [0.7, 0.3], 3, 0.556032649876389],
    ["entropy", [1 / 3, 1 / 3, 1 / 3], 3, 1],
    ["entropy", [1, 0], 2, 0],
  ] as const)("%s of %j over %i classes is %f", (strategy, p, k, expected) => {
    expect(uncertainty(strategy, p, k)).toBeCloseTo(expected, 12);
  });

  it("stays inside [0, 1] when probabilities sum to a hair over 1", () => {
    expect(uncertainty("least_confidence", [1.0000005], 2)).toBe(0);
    expect(uncertainty("entropy", [0.5000005, 0.5], 2)).toBeLessThanOrEqual(1);
  });

  it("refuses a one-class model", () => {
    expect(() => uncertainty("entropy", [1], 1)).toThrow(RangeError);
  });
});

describe("review decision", () => {
  const policy = { threshold: 0.4, auditRate: 0.1 };

  const unused = () => {
    throw new Error("the score alone decides: no draw");
  };

  it("flags at or above the threshold with probability 1, without a draw", () => {
    expect(reviewDecision(0.4, policy, unused)).toEqual({
      reason: "flagged",
      probability: 1,
    });
  });

  it("audits below the threshold when the draw falls under the audit rate", () => {
    expect(reviewDecision(0.1, policy, () => 0.05)).toEqual({
      reason: "audit",
      probability: 0.1,
    });
    expect(reviewDecision(0.1, policy, () => 0.5)).toEqual({
      reason: null,
      probability: 0.1,
    });
  });

  it("never audits at an audit rate of 0, without a draw", () => {
    expect(reviewDecision(0.1, { threshold: 0.4, auditRate: 0 }, unused)).toEqual({
      reason: null,
      probability: 0,
    });
  });

  it("draws the same for the same prediction, and uniformly across many", () => {
    expect(auditDraw("churn", "svc-1")).toBe(auditDraw("churn", "svc-1"));
    expect(auditDraw("churn", "svc-1")).not.toBe(auditDraw("other", "svc-1"));

    const draws = Array.from({ length: 20_000 }, (_, i) => auditDraw("m", `p-${i}`));
    const below = draws.filter((d) => d < 0.05).length / draws.length;
    expect(below).toBeGreaterThan(0.04);
    expect(below).toBeLessThan(0.06);
    expect(Math.max(...draws)).toBeLessThan(1);
  });

  // Stored decisions were drawn this way: a faster digest must not move them.
  it("draws the first 48 bits of sha256(model NUL id) as a fraction", () => {
    for (const id of ["svc-1", "é-ünïcode-✓", ""]) {
      const digest = createHash("sha256").update(`churn\u0000${id}`).digest();
      expect(auditDraw("churn", id)).toBe(digest.readUIntBE(0, 6) / 2 ** 48);
    }
  });
});
