import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Database } from "@/db/types";
import { SYSTEM_ACTOR } from "@/lib/auth/actor";
import { listAudit } from "@/lib/audit/list";
import { ApiError } from "@/lib/errors";
import { createUser, updateUser, verifyCredentials } from "@/lib/users";
import { DATABASE_KINDS, openTestDatabase } from "@/tests/support/databases";
import { makeRegion, makeUser, unique } from "@/tests/support/factories";

describe.each(DATABASE_KINDS)("users on %s", (kind) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(() => database.close());

  it("signs in with the right password only, and not once disabled", async () => {
    const { user } = await makeUser(database.db, "reviewer");

    expect(
      await verifyCredentials(database.db, user.email, "correct horse battery"),
    ).not.toBeNull();
    expect(
      await verifyCredentials(
        database.db,
        user.email.toUpperCase(),
        "correct horse battery",
      ),
    ).not.toBeNull();
    expect(
      await verifyCredentials(database.db, user.email, "wrong password!"),
    ).toBeNull();
    expect(
      await verifyCredentials(database.db, "nobody@example.test", "whatever123"),
    ).toBeNull();

    await updateUser(database.db, SYSTEM_ACTOR, user.id, { disabled: true });
    expect(
      await verifyCredentials(database.db, user.email, "correct horse battery"),
    ).toBeNull();
  });

  it("refuses a second user with the same e-mail as a conflict", async () => {
    const email = `${unique("dup")}@example.test`;
    const input = { email, name: "A", role: "reviewer" as const, regions: [] };
    await createUser(database.db, SYSTEM_ACTOR, input);

    await expect(
      createUser(database.db, SYSTEM_ACTOR, { ...input, email: email.toUpperCase() }),
    ).rejects.toMatchObject({ code: "conflict" });
  });

  it("generates a password when none is given and returns it once", async () => {
    const email = `${unique("gen")}@example.test`;
    const created = await createUser(database.db, SYSTEM_ACTOR, {
      email,
      name: "Generated",
      role: "reviewer",
      regions: [],
    });

    expect(created.password).toMatch(/^[\w-]{20}$/);
    expect(await verifyCredentials(database.db, email, created.password!)).not.toBeNull();
  });

  it("refuses unknown regions and stores nothing", async () => {
    const email = `${unique("nowhere")}@example.test`;
    const attempt = createUser(database.db, SYSTEM_ACTOR, {
      email,
      name: "Nowhere",
      role: "reviewer",
      regions: ["no-such-region"],
    });

    await expect(attempt).rejects.toBeInstanceOf(ApiError);
    await expect(attempt).rejects.toMatchObject({
      code: "validation_failed",
      details: [{ path: "regions.0", message: 'unknown region "no-such-region"' }],
    });
    expect(await verifyCredentials(database.db, email, "anything-at-all")).toBeNull();
  });

  it("audits a role change with before and after, and never the password hash", async () => {
    const region = await makeRegion(database.db);
    const { user } = await makeUser(database.db, "reviewer");

    await updateUser(database.db, SYSTEM_ACTOR, user.id, {
      role: "lead_reviewer",
      regions: [region],
      password: "a brand new password",
    });

    const { entries } = await listAudit(database.db, { limit: 50 });
    const entry = entries.find(
      (e) => e.entityId === user.id && e.action !== "user.create",
    )!;
    expect(entry.action).toBe("user.update_password");
    expect(entry.before).toMatchObject({ role: "reviewer", regions: [] });
    expect(entry.after).toMatchObject({ role: "lead_reviewer", regions: [region] });
    expect(entry.changed).toEqual(["password", "regions", "role"]);
    expect(JSON.stringify(entries)).not.toMatch(/scrypt\$/);
  });

  it("keeps at least one active admin", async () => {
    const { db } = database;
    const { user: admin } = await makeUser(db, "admin");
    const { user: other } = await makeUser(db, "admin");

    await updateUser(db, SYSTEM_ACTOR, other.id, { disabled: true });
    // Other admins may exist from other tests; disable them all but one.
    const { listUsers } = await import("@/lib/users");
    const admins = (await listUsers(db)).filter((u) => u.role === "admin" && !u.disabled);
    for (const extra of admins.filter((u) => u.id !== admin.id)) {
      await updateUser(db, SYSTEM_ACTOR, extra.id, { disabled: true });
    }

    await expect(
      updateUser(db, SYSTEM_ACTOR, admin.id, { role: "reviewer" }),
    ).rejects.toMatchObject({
      code: "conflict",
    });
    await expect(
      updateUser(db, SYSTEM_ACTOR, admin.id, { disabled: true }),
    ).rejects.toMatchObject({
      code: "conflict",
    });
    await updateUser(db, SYSTEM_ACTOR, other.id, { disabled: false });
  });
});
