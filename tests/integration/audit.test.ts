import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Database } from "@/db/types";
import { SYSTEM_ACTOR } from "@/lib/auth/actor";
import { appendAudit } from "@/lib/audit/append";
import { verifyAuditChain } from "@/lib/audit/verify";
import { DATABASE_KINDS, openTestDatabase } from "@/tests/support/databases";
import { makeRegion } from "@/tests/support/factories";

describe.each(DATABASE_KINDS)("audit trail on %s", (kind) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(() => database.close());

  it("chains entries written concurrently and verifies them", async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        database.db.transaction((tx) =>
          appendAudit(tx, SYSTEM_ACTOR, {
            action: "test.write",
            entityType: "test",
            entityId: String(i),
            after: { i, text: "ünïcödé ‮ <script>" },
          }),
        ),
      ),
    );

    const result = await verifyAuditChain(database.db);
    expect(result.ok).toBe(true);
    expect(result.checked).toBeGreaterThanOrEqual(20);
  });

  it("refuses UPDATE and DELETE of entries", async () => {
    await makeRegion(database.db);

    await expect(
      database.db.execute(sql`update audit_entry set actor_name = 'mallory'`),
    ).rejects.toThrow();
    await expect(database.db.execute(sql`delete from audit_entry`)).rejects.toThrow();
  });

  it("names the first entry whose content was changed behind its back", async () => {
    const key = await makeRegion(database.db);
    await makeRegion(database.db);
    const [target] = (await database.db
      .execute(sql`select id from audit_entry where entity_id = ${key}`)
      .then((r) => (Array.isArray(r) ? r : (r as { rows: unknown[] }).rows))) as {
      id: number;
    }[];

    // Someone with superuser rights edits history, switching the guard off.
    await database.db.execute(
      sql`alter table audit_entry disable trigger audit_entry_append_only`,
    );
    await database.db.execute(
      sql`update audit_entry set after = jsonb_set(after, '{name}', '"forged"') where id = ${target!.id}`,
    );
    await database.db.execute(
      sql`alter table audit_entry enable trigger audit_entry_append_only`,
    );

    expect(await verifyAuditChain(database.db)).toMatchObject({
      ok: false,
      firstBrokenId: String(target!.id),
    });
  });
});
