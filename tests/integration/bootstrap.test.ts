import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Database } from "@/db/types";
import { ensureFirstAdmin, sessionSecret } from "@/lib/bootstrap";
import { verifyCredentials } from "@/lib/users";
import { openDatabase } from "@/db/open";

describe("first start on an empty embedded database", () => {
  let database: Database;
  beforeAll(async () => {
    database = await openDatabase({ kind: "pglite", dataDir: null });
  });
  afterAll(() => database.close());

  it("creates exactly one admin even when starts race, and prints its password once", async () => {
    const results = await Promise.all([
      ensureFirstAdmin(database.db, {}),
      ensureFirstAdmin(database.db, {}),
      ensureFirstAdmin(database.db, {}),
    ]);

    const created = results.filter((r) => r !== null);
    expect(created).toHaveLength(1);
    expect(
      await verifyCredentials(database.db, created[0]!.email, created[0]!.password!),
    ).not.toBeNull();
    expect(await ensureFirstAdmin(database.db, {})).toBeNull();
  });

  it("keeps one session secret for every instance", async () => {
    const first = await sessionSecret(database.db, {});
    expect(first.length).toBeGreaterThan(30);
    expect(await sessionSecret(database.db, {})).toBe(first);
    expect(await sessionSecret(database.db, { NEXTAUTH_SECRET: "given" })).toBe("given");
  });
});

describe("first start with the admin taken from the environment", () => {
  it("uses TIDELINE_ADMIN_EMAIL and TIDELINE_ADMIN_PASSWORD and prints no password", async () => {
    const database = await openDatabase({ kind: "pglite", dataDir: null });
    const env = {
      TIDELINE_ADMIN_EMAIL: "Boss@Example.test",
      TIDELINE_ADMIN_PASSWORD: "from the env 123",
    };

    const created = await ensureFirstAdmin(database.db, env);

    expect(created).toEqual({ email: "Boss@Example.test", password: undefined });
    expect(
      await verifyCredentials(database.db, "boss@example.test", "from the env 123"),
    ).not.toBeNull();
    await database.close();
  });
});
