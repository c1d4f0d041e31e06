import { sql } from "drizzle-orm";

import type { LeaseState } from "@/db/schema";
import type { Db } from "@/db/types";
import { rowsOf } from "@/db/rows";
import type { Actor } from "@/lib/auth/actor";
import { conflict, notFound } from "@/lib/errors";

import { LEASE_MS } from "./rules";

/**
 * Ends a reviewer's live lease in the given state. The update only matches a
 * lease that is still live and unexpired, so a lost lease is a 409 and the
 * label sent under it is not stored.
 */
export async function endLease(
  tx: Db,
  actor: Actor,
  itemId: number,
  leaseId: string,
  state: Exclude<LeaseState, "live" | "expired">,
) {
  const [ended] = rowsOf<{ id: string }>(
    await tx.execute(sql`
      update review_lease set state = ${state}, ended_at = now()
      where id = ${leaseId} and item_id = ${itemId} and reviewer_id = ${actor.id}
        and state = 'live' and expires_at > now()
      returning id`),
  );
  if (ended) return;

  throw await lostLease(tx, actor, itemId, leaseId);
}

/** Keeps a live lease alive for another lease period. */
export async function renewLease(db: Db, actor: Actor, leaseId: string) {
  const [renewed] = rowsOf<{ id: string; expires_at: string | Date; item_id: number }>(
    await db.execute(sql`
      update review_lease set expires_at = now() + ${`${LEASE_MS} milliseconds`}::interval
      where id = ${leaseId} and reviewer_id = ${actor.id}
        and state = 'live' and expires_at > now()
      returning id, item_id, expires_at`),
  );
  if (renewed) {
    return { id: renewed.id, expiresAt: new Date(renewed.expires_at).toISOString() };
  }

  const [lease] = rowsOf<{ item_id: number }>(
    await db.execute(sql`
      select item_id from review_lease where id = ${leaseId} and reviewer_id = ${actor.id}`),
  );
  throw await lostLease(db, actor, lease?.item_id ?? -1, leaseId);
}

async function lostLease(db: Db, actor: Actor, itemId: number, leaseId: string) {
  const [lease] = rowsOf<{ state: LeaseState }>(
    await db.execute(sql`
      select state from review_lease
      where id = ${leaseId} and item_id = ${itemId} and reviewer_id = ${actor.id}`),
  );
  if (!lease) return notFound("Lease");

  const why =
    lease.state === "live" || lease.state === "expired"
      ? "expired, and the item went back to the queue"
      : `was already ${lease.state}`;
  return conflict(`Your lease on this item ${why}. Nothing was saved.`);
}
