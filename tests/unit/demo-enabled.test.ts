import { describe, expect, it } from "vitest";

import type { DatabaseKind } from "@/db/types";
import { demoEnabled } from "@/lib/demo/start";

describe("demoEnabled", () => {
  const cases: [DatabaseKind, string | undefined, boolean][] = [
    ["pglite", undefined, true],
    ["pglite", "off", false],
    ["pglite", "on", true],
    ["postgres", undefined, false],
    ["postgres", "off", false],
    ["postgres", "on", true],
  ];

  it.each(cases)("on %s with TIDELINE_DEMO=%s is %s", (kind, value, expected) => {
    expect(demoEnabled(kind, { TIDELINE_DEMO: value })).toBe(expected);
  });
});
