import { describe, expect, it } from "vitest";

import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import type { Scope } from "@/lib/auth/scopes";

function actor(scopes: Scope[], regions: Actor["regions"] = "all"): Actor {
  return {
    kind: "user",
    id: "u1",
    name: "Test",
    role: "reviewer",
    scopes: new Set(scopes),
    regions,
    via: "session",
    tokenId: null,
    ratePerSecond: null,
  };
}

describe("authorize", () => {
  const cases: [string, Actor | null, Parameters<typeof authorize>[1], string | null][] =
    [
      ["nobody", null, { scope: "review" }, "unauthenticated"],
      ["the scope", actor(["review"]), { scope: "review" }, null],
      ["another scope", actor(["review"]), { scope: "ingest" }, "forbidden"],
      ["any of several", actor(["ingest"]), { scope: ["admin", "ingest"] }, null],
      ["admin for anything", actor(["admin"]), { scope: "datasets:write" }, null],
      ["own region", actor(["review"], ["eu"]), { scope: "review", region: "eu" }, null],
      [
        "other region",
        actor(["review"], ["eu"]),
        { scope: "review", region: "us" },
        "forbidden",
      ],
      [
        "one of many outside",
        actor(["review"], ["eu"]),
        { region: ["eu", "us"] },
        "forbidden",
      ],
      ["all regions", actor(["review"]), { scope: "review", region: "us" }, null],
      ["no scope asked", actor([], ["eu"]), { region: "eu" }, null],
    ];

  it.each(cases)("%s", (_name, who, requirement, expected) => {
    if (expected === null) {
      expect(authorize(who, requirement)).toBe(who);
    } else {
      expect(() => authorize(who, requirement)).toThrow(
        expect.objectContaining({ code: expected }),
      );
    }
  });
});
