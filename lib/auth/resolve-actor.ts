import { and, eq, isNull, sql } from "drizzle-orm";

import { apiToken, user } from "@/db/schema";
import type { Db } from "@/db/types";
import type { Actor } from "@/lib/auth/actor";
import { ROLE_SCOPES, type Scope } from "@/lib/auth/scopes";
import { hashTokenSecret } from "@/lib/auth/token-secret";
import { UNFLUSHED_COMMIT } from "@/db/unflushed";

type TokenRow = typeof apiToken.$inferSelect;
type UserRow = typeof user.$inferSelect;

// last_used_at is written at most this often per token, so that a busy
// ingestion token does not turn every request into a write.
const LAST_USED_RESOLUTION_MS = 60_000;

/** The actor behind a bearer secret, or null if it is unknown, revoked or expired. */
export async function actorFromToken(db: Db, secret: string): Promise<Actor | null> {
  const [row] = await db
    .select({ token: apiToken, owner: user })
    .from(apiToken)
    .leftJoin(user, eq(apiToken.userId, user.id))
    .where(
      and(eq(apiToken.secretHash, hashTokenSecret(secret)), isNull(apiToken.revokedAt)),
    );
  if (!row) return null;

  const { token, owner } = row;
  if (token.expiresAt && token.expiresAt.getTime() <= Date.now()) return null;
  if (token.kind === "personal" && (!owner || owner.disabledAt)) return null;

  const stale = Date.now() - (token.lastUsedAt?.getTime() ?? 0) > LAST_USED_RESOLUTION_MS;
  if (stale) {
    await db.execute(
      sql`update api_token set last_used_at = now() from ${UNFLUSHED_COMMIT}
        where id = ${token.id}`,
    );
  }

  return owner ? personalActor(token, owner) : serviceActor(token);
}

function serviceActor(token: TokenRow): Actor {
  return {
    kind: "service",
    id: token.id,
    name: token.name,
    role: null,
    scopes: new Set(token.scopes as Scope[]),
    regions: token.regions ?? "all",
    via: "token",
    tokenId: token.id,
    ratePerSecond: token.ratePerSecond,
  };
}

function personalActor(token: TokenRow, owner: UserRow): Actor {
  const roleScopes = ROLE_SCOPES[owner.role];
  const scopes = (token.scopes as Scope[]).filter((scope) => roleScopes.includes(scope));
  const ownerRegions = owner.role === "admin" ? "all" : owner.regions;
  const regions =
    token.regions === null
      ? ownerRegions
      : ownerRegions === "all"
        ? token.regions
        : token.regions.filter((r) => ownerRegions.includes(r));

  return {
    kind: "user",
    id: owner.id,
    name: owner.name,
    role: owner.role,
    scopes: new Set(scopes),
    regions,
    via: "token",
    tokenId: token.id,
    ratePerSecond: token.ratePerSecond,
  };
}

/** The actor for a signed-in user id, read fresh so role changes apply at once. */
export async function actorFromSession(db: Db, userId: string): Promise<Actor | null> {
  const [owner] = await db.select().from(user).where(eq(user.id, userId));
  if (!owner || owner.disabledAt) return null;

  return {
    kind: "user",
    id: owner.id,
    name: owner.name,
    role: owner.role,
    scopes: new Set(ROLE_SCOPES[owner.role]),
    regions: owner.role === "admin" ? "all" : owner.regions,
    via: "session",
    tokenId: null,
    ratePerSecond: null,
  };
}
