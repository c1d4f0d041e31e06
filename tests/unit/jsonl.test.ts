import { describe, expect, it } from "vitest";

import { compactJson } from "@/lib/datasets/jsonl";
import { agreementOf } from "@/lib/review/resolve";

describe("compactJson", () => {
  it("drops jsonb's spaces and keeps those inside strings", () => {
    const jsonb = '{"a": 1, "b": "x: y, z", "c": [1, 2, {"d": "\\" , "}], "e": null}';

    expect(compactJson(jsonb)).toBe(JSON.stringify(JSON.parse(jsonb)));
  });

  it("leaves escaped quotes and backslashes alone", () => {
    const jsonb = '{"path": "C:\\\\dir\\\\", "say": "he said \\"hi, there\\""}';

    expect(JSON.parse(compactJson(jsonb))).toEqual(JSON.parse(jsonb));
    expect(compactJson(jsonb)).not.toContain('", "');
  });
});

describe("agreementOf", () => {
  it("is the share of labels equal to the final one", () => {
    expect(agreementOf(["a", "a", "b"], "a")).toBeCloseTo(2 / 3, 12);
    expect(agreementOf(["b"], "a")).toBe(0);
  });

  it("is null without a final label or without labels", () => {
    expect(agreementOf(["a", "b"], null)).toBeNull();
    expect(agreementOf([], "a")).toBeNull();
  });
});
