import { describe, expect, it } from "vitest";

import { predictionInput } from "@/lib/contract/ingest";

const valid = {
  id: "p-1",
  model: "churn",
  modelVersion: "v1",
  region: "eu",
  client: "acme",
  features: { age: 30, plan: "pro", active: true, note: null },
  output: { label: "stay", probabilities: { stay: 0.75, churn: 0.25 } },
  explanation: { attributions: { age: 0.2 }, decisionPath: ["age > 20"] },
};

function problems(patch: Record<string, unknown>) {
  const result = predictionInput.safeParse({ ...valid, ...patch });
  return result.success ? [] : result.error.issues.map((i) => i.path.join("."));
}

describe("the prediction schema", () => {
  it("takes a whole prediction and keeps every value", () => {
    expect(predictionInput.parse(valid)).toEqual(valid);
  });

  it("refuses feature values that are not a number, string, boolean or null", () => {
    expect(problems({ features: { age: { nested: 1 } } })).toEqual(["features.age"]);
    expect(problems({ features: { tags: ["a"] } })).toEqual(["features.tags"]);
  });

  it("refuses probabilities out of range, missing or not summing to one", () => {
    const output = (probabilities: unknown) => ({
      output: { label: "stay", probabilities },
    });
    expect(problems(output({ stay: 1.5, churn: -0.5 }))).toEqual(
      expect.arrayContaining(["output.probabilities.stay", "output.probabilities.churn"]),
    );
    expect(problems(output({}))).toContain("output.probabilities");
    expect(problems(output({ stay: 0.5, churn: 0.25 }))).toEqual([
      "output.probabilities",
    ]);
    expect(problems(output({ stay: "0.5", churn: 0.5 }))).toContain(
      "output.probabilities.stay",
    );
  });

  it("refuses empty and over-long feature names", () => {
    expect(problems({ features: { "": 1 } })).toEqual(["features"]);
    expect(problems({ features: { ["f".repeat(201)]: 1 } })).toEqual(["features"]);
  });

  it("refuses unknown keys and over-long attribution names", () => {
    expect(problems({ extra: 1 })).toEqual([""]);
    const long = { attributions: { ["x".repeat(201)]: 0.1 } };
    expect(problems({ explanation: long })).toEqual(["explanation.attributions"]);
  });
});
