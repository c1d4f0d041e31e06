import { sql } from "drizzle-orm";

import type { Db } from "@/db/types";
import { rowsOf } from "@/db/rows";
import type { Actor } from "@/lib/auth/actor";
import { invalid, notFound } from "@/lib/errors";

import { endLease } from "./lease";
import { agreementOf, resolveLabels } from "./resolve";

interface ItemState {
  id: number;
  labels: string[];
  labels_needed: number;
  label_count: number;
  active_leases: number;
}

async function itemState(db: Db, itemId: number, lock: boolean): Promise<ItemState> {
  const [item] = rowsOf<ItemState>(
    await db.execute(sql`
      select i.id, m.labels, i.labels_needed, i.label_count, i.active_leases
      from review_item i join model m on m.key = i.model_key
      where i.id = ${itemId}
      ${lock ? sql`for update of i` : sql``}`),
  );
  if (!item) throw notFound("Item");
  return item;
}

/**
 * Stores a reviewer's label under their live lease. When the item has all
 * the labels it needs, its final label is settled (or it waits for a lead).
 */
export async function submitLabel(
  db: Db,
  actor: Actor,
  itemId: number,
  input: { leaseId: string; label: string; note?: string | null },
) {
  const { labels } = await itemState(db, itemId, false);
  if (!labels.includes(input.label)) {
    throw invalid(`Unknown label "${input.label}".`, [
      { path: "label", message: `use one of: ${labels.join(", ")}` },
    ]);
  }

  return db.transaction(async (tx) => {
    // Lease before item: the same lock order as the expiry sweep.
    await endLease(tx, actor, itemId, input.leaseId, "completed");
    const item = await itemState(tx, itemId, true);
    const [label] = rowsOf<{ id: number; created_at: string | Date }>(
      await tx.execute(sql`
        insert into review_label (item_id, reviewer_id, lease_id, kind, label, note)
        values (${itemId}, ${actor.id}, ${input.leaseId}, 'label', ${input.label},
          ${input.note ?? null})
        returning id, created_at`),
    );

    const status = await settle(tx, item, item.label_count + 1, item.active_leases - 1);
    return {
      label: { id: String(label!.id), itemId: String(itemId), label: input.label },
      itemStatus: status,
    };
  });
}

/** Recomputes an item's counters and, once it has every label, its outcome. */
async function settle(tx: Db, item: ItemState, labelCount: number, activeLeases: number) {
  let resolution = {
    status: "open",
    finalLabel: null,
    finalSource: null,
    disagreement: false,
  } as ReturnType<typeof resolveLabels>;

  let agreement: number | null = null;
  if (labelCount >= item.labels_needed) {
    const labels = rowsOf<{ label: string }>(
      await tx.execute(sql`
        select label from review_label
        where item_id = ${item.id} and kind = 'label' and undone_at is null`),
    ).map((row) => row.label);
    resolution = resolveLabels(labels);
    agreement = agreementOf(labels, resolution.finalLabel);
  } else if (labelCount + activeLeases >= item.labels_needed) {
    resolution = { ...resolution, status: "leased" };
  }

  await tx.execute(sql`
    update review_item set
      label_count = ${labelCount}, active_leases = greatest(0, ${activeLeases}),
      status = ${resolution.status}, final_label = ${resolution.finalLabel},
      final_source = ${resolution.finalSource}, disagreement = ${resolution.disagreement},
      agreement = ${agreement},
      done_at = case when ${resolution.status} = 'done' then now() else null end
    where id = ${item.id}`);
  return resolution.status;
}

/** The reviewer cannot tell: the item goes to a lead, with the reviewer's note. */
export async function markUnsure(
  db: Db,
  actor: Actor,
  itemId: number,
  input: { leaseId: string; note?: string | null },
) {
  return db.transaction(async (tx) => {
    await endLease(tx, actor, itemId, input.leaseId, "completed");
    await itemState(tx, itemId, true);
    const [label] = rowsOf<{ id: number }>(
      await tx.execute(sql`
        insert into review_label (item_id, reviewer_id, lease_id, kind, note)
        values (${itemId}, ${actor.id}, ${input.leaseId}, 'unsure', ${input.note ?? null})
        returning id`),
    );
    await tx.execute(sql`
      update review_item set active_leases = greatest(0, active_leases - 1),
        status = 'disputed', disagreement = true
      where id = ${itemId}`);
    return { label: { id: String(label!.id), itemId: String(itemId), label: null } };
  });
}

/** Skip (not for me: never offered to this reviewer again) or release (back for anyone). */
export async function giveBack(
  db: Db,
  actor: Actor,
  itemId: number,
  leaseId: string,
  how: "skipped" | "released",
) {
  await db.transaction(async (tx) => {
    await endLease(tx, actor, itemId, leaseId, how);
    await tx.execute(sql`
      update review_item set active_leases = greatest(0, active_leases - 1),
        status = case when status = 'leased' then 'open' else status end
      where id = ${itemId}`);
  });
}
