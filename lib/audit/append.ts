import { desc, sql } from "drizzle-orm";

import { auditEntry } from "@/db/schema";
import type { Db } from "@/db/types";
import type { AuditActor } from "@/lib/auth/actor";

import { canonicalJson } from "./canonical-json";
import { entryHash, GENESIS_HASH } from "./entry-hash";

// Appends take turns on this transaction lock, so that each entry chains onto
// the one before it even when instances write at the same moment.
const AUDIT_CHAIN_LOCK_KEY = 7_341_001;

export interface AuditChange {
  action: string;
  entityType: string;
  entityId: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  reason?: string | null;
}

/**
 * Appends one entry. Call it inside the transaction that makes the change,
 * so a change without its entry cannot be committed.
 */
export async function appendAudit(tx: Db, actor: AuditActor, change: AuditChange) {
  await tx.execute(sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK_KEY})`);

  const [last] = await tx
    .select({ hash: auditEntry.hash })
    .from(auditEntry)
    .orderBy(desc(auditEntry.id))
    .limit(1);
  const prevHash = last?.hash ?? GENESIS_HASH;

  const fields = {
    at: new Date(),
    actorKind: actor.kind,
    actorId: actor.id,
    actorName: actor.name,
    action: change.action,
    entityType: change.entityType,
    entityId: change.entityId,
    reason: change.reason ?? null,
    before: roundTrip(change.before),
    after: roundTrip(change.after),
    changed: changedFields(change.before ?? null, change.after ?? null),
  };
  const hash = entryHash(prevHash, fields);

  await tx.insert(auditEntry).values({ ...fields, prevHash, hash });
}

/** Stored as jsonb, read back as parsed JSON: hash what will be read back. */
function roundTrip(value: Record<string, unknown> | null | undefined): unknown {
  return value ? JSON.parse(JSON.stringify(value)) : null;
}

export function changedFields(
  before: Record<string, unknown> | null,
  after: Record<string, unknown> | null,
): string[] {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  return [...keys]
    .filter((key) => canonicalJson(before?.[key]) !== canonicalJson(after?.[key]))
    .sort();
}
