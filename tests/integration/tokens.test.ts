import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Database } from "@/db/types";
import type { Scope } from "@/lib/auth/scopes";
import type { CreateTokenInput } from "@/lib/contract/tokens";
import { SYSTEM_ACTOR } from "@/lib/auth/actor";
import { actorFromToken } from "@/lib/auth/resolve-actor";
import { ensureAdminToken, createToken, listTokens, revokeToken } from "@/lib/tokens";
import { updateUser } from "@/lib/users";
import { DATABASE_KINDS, openTestDatabase } from "@/tests/support/databases";
import { makeRegion, makeUser } from "@/tests/support/factories";

const personal = (
  scopes: Scope[],
  regions: string[] | null = null,
): CreateTokenInput => ({
  name: "t",
  kind: "personal",
  scopes,
  regions,
  expiresInDays: null,
  ratePerSecond: null,
});

describe.each(DATABASE_KINDS)("tokens on %s", (kind) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(() => database.close());

  it("stores only a hash and resolves the secret to its owner", async () => {
    const { actor } = await makeUser(database.db, "data_scientist");
    const { token, secret } = await createToken(
      database.db,
      actor,
      personal(["datasets:read"]),
    );

    expect(secret).toMatch(/^tdl_[\w-]{43}$/);
    const stored = await database.db.execute(
      sql`select * from api_token where id = ${token.id}`,
    );
    expect(JSON.stringify(stored)).not.toContain(secret);
    expect(JSON.stringify(stored)).not.toContain(secret.slice(12));

    const resolved = await actorFromToken(database.db, secret);
    expect(resolved).toMatchObject({
      kind: "user",
      id: actor.id,
      via: "token",
      tokenId: token.id,
    });
    expect([...resolved!.scopes]).toEqual(["datasets:read"]);
  });

  it("refuses a personal token wider than its owner", async () => {
    const region = await makeRegion(database.db);
    const other = await makeRegion(database.db);
    const { actor } = await makeUser(database.db, "reviewer", [region]);

    await expect(
      createToken(database.db, actor, personal(["ingest"])),
    ).rejects.toMatchObject({
      code: "validation_failed",
    });
    await expect(
      createToken(database.db, actor, personal(["review"], [other])),
    ).rejects.toMatchObject({ code: "validation_failed" });
    await expect(
      createToken(database.db, actor, { ...personal(["review"]), kind: "service" }),
    ).rejects.toMatchObject({ code: "forbidden" });
  });

  it("narrows a token to its regions and to its owner's current role", async () => {
    const a = await makeRegion(database.db);
    const b = await makeRegion(database.db);
    const { user, actor } = await makeUser(database.db, "lead_reviewer", [a, b]);
    const { secret } = await createToken(
      database.db,
      actor,
      personal(["review", "metrics:read"], [a]),
    );

    expect((await actorFromToken(database.db, secret))!.regions).toEqual([a]);

    await updateUser(database.db, SYSTEM_ACTOR, user.id, { role: "reviewer" });
    expect([...(await actorFromToken(database.db, secret))!.scopes]).toEqual(["review"]);
  });

  it("stops working once revoked, expired, or its owner disabled", async () => {
    const { user, actor } = await makeUser(database.db, "reviewer");
    const revoked = await createToken(database.db, actor, personal(["review"]));
    const expiring = await createToken(database.db, actor, personal(["review"]));
    const ownerBound = await createToken(database.db, actor, personal(["review"]));

    await revokeToken(database.db, actor, revoked.token.id);
    expect(await actorFromToken(database.db, revoked.secret)).toBeNull();

    await database.db.execute(
      sql`update api_token set expires_at = now() - interval '1 second' where id = ${expiring.token.id}`,
    );
    expect(await actorFromToken(database.db, expiring.secret)).toBeNull();

    await updateUser(database.db, SYSTEM_ACTOR, user.id, { disabled: true });
    expect(await actorFromToken(database.db, ownerBound.secret)).toBeNull();
  });

  it("lets only the owner or an admin revoke, and lists own tokens", async () => {
    const owner = await makeUser(database.db, "reviewer");
    const stranger = await makeUser(database.db, "reviewer");
    const admin = await makeUser(database.db, "admin");
    const { token } = await createToken(database.db, owner.actor, personal(["review"]));

    await expect(
      revokeToken(database.db, stranger.actor, token.id),
    ).rejects.toMatchObject({
      code: "not_found",
    });
    expect(
      (await listTokens(database.db, stranger.actor, true)).map((t) => t.id),
    ).not.toContain(token.id);
    expect(
      (await listTokens(database.db, owner.actor, false)).map((t) => t.id),
    ).toContain(token.id);

    const revoked = await revokeToken(database.db, admin.actor, token.id);
    expect(revoked.revokedAt).not.toBeNull();
  });

  it("bootstraps the admin token idempotently, and restores it if revoked", async () => {
    const secret = `bootstrap-${kind}-${Date.now()}`;
    await ensureAdminToken(database.db, secret);
    await ensureAdminToken(database.db, secret);

    const actor = await actorFromToken(database.db, secret);
    expect(actor).toMatchObject({ kind: "service" });
    expect(actor!.scopes.has("admin")).toBe(true);

    await revokeToken(
      database.db,
      (await makeUser(database.db, "admin")).actor,
      actor!.tokenId!,
    );
    expect(await actorFromToken(database.db, secret)).toBeNull();
    await ensureAdminToken(database.db, secret, SYSTEM_ACTOR);
    expect(await actorFromToken(database.db, secret)).not.toBeNull();
  });
});
