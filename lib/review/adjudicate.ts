import { sql } from "drizzle-orm";

import type { Db } from "@/db/types";
import { rowsOf } from "@/db/rows";
import { type Actor, auditActorOf } from "@/lib/auth/actor";
import { appendAudit } from "@/lib/audit/append";
import { authorize } from "@/lib/auth/authorize";
import { conflict, forbidden, invalid, notFound } from "@/lib/errors";

export function assertLead(actor: Actor) {
  if (actor.role !== "lead_reviewer" && actor.role !== "admin") {
    throw forbidden("Only lead reviewers and admins settle disagreements.");
  }
}

/** A lead settles an item's final label; it overrides any majority. */
export async function adjudicate(
  db: Db,
  actor: Actor,
  itemId: number,
  input: { label: string; note?: string | null },
) {
  assertLead(actor);

  return db.transaction(async (tx) => {
    const [item] = rowsOf<{
      region: string;
      status: string;
      disagreement: boolean;
      final_label: string | null;
      labels: string[];
    }>(
      await tx.execute(sql`
        select i.region, i.status, i.disagreement, i.final_label, m.labels
        from review_item i join model m on m.key = i.model_key
        where i.id = ${itemId} for update of i`),
    );
    if (!item) throw notFound("Item");
    authorize(actor, { region: item.region });
    if (!item.labels.includes(input.label)) {
      throw invalid(`Unknown label "${input.label}".`, [
        { path: "label", message: `use one of: ${item.labels.join(", ")}` },
      ]);
    }
    if (item.status !== "disputed" && !item.disagreement) {
      throw conflict("This item has no disagreement to settle.");
    }

    await tx.execute(sql`
      update review_item set final_label = ${input.label}, final_source = 'adjudicated',
        status = 'done', done_at = now(),
        agreement = (
          select count(*) filter (where label = ${input.label})::float8 / nullif(count(*), 0)
          from review_label
          where item_id = ${itemId} and kind = 'label' and undone_at is null)
      where id = ${itemId}`);
    await appendAudit(tx, auditActorOf(actor), {
      action: "item.adjudicate",
      entityType: "review_item",
      entityId: String(itemId),
      reason: input.note ?? null,
      before: { status: item.status, finalLabel: item.final_label },
      after: { status: "done", finalLabel: input.label },
    });
    return { itemId: String(itemId), finalLabel: input.label };
  });
}
