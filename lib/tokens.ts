import { desc, eq } from "drizzle-orm";

import { apiToken, user } from "@/db/schema";
import type { Db } from "@/db/types";
import { appendAudit } from "@/lib/audit/append";
import {
  type Actor,
  auditActorOf,
  type AuditActor,
  SYSTEM_ACTOR,
} from "@/lib/auth/actor";
import type { Scope } from "@/lib/auth/scopes";
import {
  displayPrefix,
  generateTokenSecret,
  hashTokenSecret,
} from "@/lib/auth/token-secret";
import type { CreateTokenInput, TokenView } from "@/lib/contract/tokens";
import { forbidden, invalid, notFound } from "@/lib/errors";
import { assertRegionsExist } from "@/lib/regions";

type TokenRow = typeof apiToken.$inferSelect;
type Owner = { id: string; name: string; email: string } | null;

const DAY_MS = 24 * 60 * 60 * 1000;

export function toTokenView(row: TokenRow, owner: Owner): TokenView {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    prefix: row.prefix,
    scopes: row.scopes as Scope[],
    regions: row.regions,
    owner,
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt?.toISOString() ?? null,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    ratePerSecond: row.ratePerSecond,
  };
}

function audited(row: TokenRow) {
  const { lastUsedAt: _l, createdAt: _c, ...rest } = toTokenView(row, null);
  return { ...rest, userId: row.userId };
}

/**
 * Creates a token and answers its secret, which is never stored or shown again.
 * A personal token carries at most its owner's scopes and regions; only an
 * admin makes service tokens.
 */
export async function createToken(db: Db, actor: Actor, input: CreateTokenInput) {
  if (input.kind === "personal" && actor.kind !== "user") {
    throw forbidden("A personal token belongs to a person: sign in to create one.");
  }
  if (input.kind === "service" && !actor.scopes.has("admin")) {
    throw forbidden("Only an admin creates service tokens.");
  }
  if (input.kind === "personal") assertWithinOwner(actor, input);

  const secret = generateTokenSecret();
  const row = await db.transaction(async (tx) => {
    await assertRegionsExist(tx, input.regions ?? []);
    const [created] = await tx
      .insert(apiToken)
      .values({
        name: input.name,
        kind: input.kind,
        userId: input.kind === "personal" ? actor.id : null,
        secretHash: hashTokenSecret(secret),
        prefix: displayPrefix(secret),
        scopes: [...new Set(input.scopes)],
        regions: input.regions,
        createdBy: actor.kind === "user" ? actor.id : null,
        expiresAt: input.expiresInDays
          ? new Date(Date.now() + input.expiresInDays * DAY_MS)
          : null,
        ratePerSecond: input.ratePerSecond,
      })
      .returning();

    await appendAudit(tx, auditActorOf(actor), {
      action: "token.create",
      entityType: "token",
      entityId: created!.id,
      after: audited(created!),
    });
    return created!;
  });

  const owner = input.kind === "personal" ? await ownerOf(db, actor.id) : null;
  return { token: toTokenView(row, owner), secret };
}

function assertWithinOwner(actor: Actor, input: CreateTokenInput) {
  const extra = input.scopes.filter((scope) => !actor.scopes.has(scope));
  if (extra.length > 0) {
    throw invalid("A personal token cannot carry scopes its owner lacks.", [
      { path: "scopes", message: `your role does not grant ${extra.join(", ")}` },
    ]);
  }

  const grant = actor.regions;
  const outside =
    grant === "all" ? [] : (input.regions ?? []).filter((r) => !grant.includes(r));
  if (outside.length > 0) {
    throw invalid("A personal token cannot reach regions its owner cannot.", [
      { path: "regions", message: `you have no access to ${outside.join(", ")}` },
    ]);
  }
}

async function ownerOf(db: Db, userId: string): Promise<Owner> {
  const [row] = await db
    .select({ id: user.id, name: user.name, email: user.email })
    .from(user)
    .where(eq(user.id, userId));
  return row ?? null;
}

/** Own personal tokens; with `all`, an admin sees every token. */
export async function listTokens(
  db: Db,
  actor: Actor,
  all: boolean,
): Promise<TokenView[]> {
  const everyone = all && actor.scopes.has("admin");
  const rows = await db
    .select({
      token: apiToken,
      owner: { id: user.id, name: user.name, email: user.email },
    })
    .from(apiToken)
    .leftJoin(user, eq(apiToken.userId, user.id))
    .where(everyone ? undefined : eq(apiToken.userId, actor.id))
    .orderBy(desc(apiToken.createdAt));

  return rows.map((row) => toTokenView(row.token, row.owner?.id ? row.owner : null));
}

/** Revokes a token: its owner may, and an admin may revoke any. */
export async function revokeToken(db: Db, actor: Actor, id: string): Promise<TokenView> {
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(apiToken)
      .where(eq(apiToken.id, id))
      .for("update");
    const mayRevoke = before && (before.userId === actor.id || actor.scopes.has("admin"));
    if (!before || !mayRevoke) throw notFound("Token");
    if (before.revokedAt) return toTokenView(before, null);

    const [after] = await tx
      .update(apiToken)
      .set({ revokedAt: new Date() })
      .where(eq(apiToken.id, id))
      .returning();

    await appendAudit(tx, auditActorOf(actor), {
      action: "token.revoke",
      entityType: "token",
      entityId: id,
      before: audited(before),
      after: audited(after!),
    });
    return toTokenView(after!, null);
  });
}

/**
 * Makes sure a token with exactly this secret and the admin scope exists and
 * is live (the TIDELINE_ADMIN_TOKEN bootstrap).
 */
export async function ensureAdminToken(
  db: Db,
  secret: string,
  actor: AuditActor = SYSTEM_ACTOR,
) {
  const secretHash = hashTokenSecret(secret);

  await db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(apiToken)
      .where(eq(apiToken.secretHash, secretHash))
      .for("update");
    const live = before && !before.revokedAt && before.scopes.includes("admin");
    if (live && before.kind === "service") return;

    const values = {
      name: "bootstrap admin (TIDELINE_ADMIN_TOKEN)",
      kind: "service" as const,
      userId: null,
      secretHash,
      prefix: displayPrefix(secret),
      scopes: ["admin"],
      regions: null,
      revokedAt: null,
      expiresAt: null,
    };
    const [after] = await tx
      .insert(apiToken)
      .values(values)
      .onConflictDoUpdate({ target: apiToken.secretHash, set: values })
      .returning();

    await appendAudit(tx, actor, {
      action: before ? "token.restore" : "token.create",
      entityType: "token",
      entityId: after!.id,
      before: before ? audited(before) : null,
      after: audited(after!),
    });
  });
}
