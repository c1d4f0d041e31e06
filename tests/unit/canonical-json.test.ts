import { describe, expect, it } from "vitest";

import { changedFields } from "@/lib/audit/append";
import { canonicalJson } from "@/lib/audit/canonical-json";
import { entryHash, GENESIS_HASH } from "@/lib/audit/entry-hash";

describe("canonicalJson", () => {
  it("sorts keys at every depth and drops undefined", () => {
    expect(canonicalJson({ b: 1, a: { d: [{ z: 1, y: 2 }], c: undefined } })).toBe(
      '{"a":{"d":[{"y":2,"z":1}]},"b":1}',
    );
  });

  it("gives the same text for the same content in any key order", () => {
    expect(canonicalJson({ x: 1, y: "ü" })).toBe(canonicalJson({ y: "ü", x: 1 }));
  });
});

describe("changedFields", () => {
  it("names added, removed and changed fields, ignoring key order inside values", () => {
    const before = { name: "A", regions: ["eu"], meta: { a: 1, b: 2 }, gone: true };
    const after = { name: "B", regions: ["eu"], meta: { b: 2, a: 1 }, added: 1 };
    expect(changedFields(before, after)).toEqual(["added", "gone", "name"]);
  });
});

describe("entryHash", () => {
  const fields = {
    at: new Date("2026-12-01T10:00:00.000Z"),
    actorKind: "user",
    actorId: "u1",
    actorName: "Ana",
    action: "region.create",
    entityType: "region",
    entityId: "eu",
    reason: null,
    before: null,
    after: { name: "EU" },
    changed: ["name"],
  };

  it("depends on the previous hash and on every field", () => {
    const base = entryHash(GENESIS_HASH, fields);
    expect(base).toMatch(/^[0-9a-f]{64}$/);
    expect(entryHash("1".repeat(64), fields)).not.toBe(base);
    expect(entryHash(GENESIS_HASH, { ...fields, actorName: "Eve" })).not.toBe(base);
    expect(entryHash(GENESIS_HASH, { ...fields, after: { name: "EU!" } })).not.toBe(base);
    expect(entryHash(GENESIS_HASH, { ...fields })).toBe(base);
  });
});
