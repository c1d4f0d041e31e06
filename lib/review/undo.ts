import { sql } from "drizzle-orm";

import type { Db } from "@/db/types";
import { rowsOf } from "@/db/rows";
import type { Actor } from "@/lib/auth/actor";
import { conflict, notFound } from "@/lib/errors";

import { loadItemView } from "./item-view";
import { LEASE_MS, UNDO_WINDOW_MS } from "./rules";

/**
 * Takes back a reviewer's own recent label and hands them the item again
 * under a new lease, so they can label it anew.
 */
export async function undoLabel(db: Db, actor: Actor, labelId: number) {
  const lease = await db.transaction(async (tx) => {
    const [label] = rowsOf<{ item_id: number; kind: string; created_at: string | Date }>(
      await tx.execute(sql`
        select item_id, kind, created_at from review_label
        where id = ${labelId} and reviewer_id = ${actor.id} and undone_at is null
        for update`),
    );
    if (!label) throw notFound("Label");
    if (Date.now() - new Date(label.created_at).getTime() > UNDO_WINDOW_MS) {
      throw conflict("This label is too old to undo.");
    }

    const [item] = rowsOf<{ final_source: string | null; labels_needed: number }>(
      await tx.execute(sql`
        select final_source, labels_needed from review_item where id = ${label.item_id}
        for update`),
    );
    if (item?.final_source === "adjudicated") {
      throw conflict("A lead has already settled this item.");
    }

    await tx.execute(
      sql`update review_label set undone_at = now() where id = ${labelId}`,
    );
    const [taken] = rowsOf<{ id: string; expires_at: string | Date }>(
      await tx.execute(sql`
        insert into review_lease (item_id, reviewer_id, exclusive, expires_at)
        values (${label.item_id}, ${actor.id}, ${item!.labels_needed === 1},
          now() + ${`${LEASE_MS} milliseconds`}::interval)
        returning id, expires_at`),
    );
    await tx.execute(sql`
      update review_item set
        label_count = label_count - ${label.kind === "label" ? 1 : 0},
        active_leases = active_leases + 1,
        status = case when label_count - ${label.kind === "label" ? 1 : 0} + active_leases + 1
          >= labels_needed then 'leased' else 'open' end,
        final_label = null, final_source = null, disagreement = false, done_at = null,
        agreement = null
      where id = ${label.item_id}`);
    return { ...taken!, item_id: label.item_id };
  });

  return loadItemView(db, actor, lease.item_id, lease);
}
