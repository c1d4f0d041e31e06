import { sql } from "drizzle-orm";

import type { Db } from "@/db/types";
import { rowsOf } from "@/db/rows";
import type { Actor } from "@/lib/auth/actor";
import { forbidden, notFound } from "@/lib/errors";
import { type ModelRow, modelsByKey } from "@/lib/models";

import { sweepExpiredLeases } from "./expire";
import { type ClaimedItem, ITEM_COLUMNS, type ItemRow, toClaimed } from "./item-view";
import { inActorRegions } from "./region-filter";
import { LEASE_MS } from "./rules";

/**
 * Leases the most useful open item of a model to this reviewer: highest
 * priority with the age boost, in the reviewer's regions, never one they
 * already labeled, skipped or hold. Row locks skip rows that other claimers
 * are taking, so claimers never wait on each other. Null when nothing is left.
 */
export async function claimNext(db: Db, actor: Actor, modelKey: string) {
  if (actor.kind !== "user") {
    throw forbidden("Labels come from people: claim with a session or a personal token.");
  }
  if (Math.random() < SWEEP_SHARE) await sweepExpiredLeases(db);

  // The common case in one round trip: a model that does not balance classes.
  const quick = await leaseOne(db, actor, modelKey, null, true);
  if (quick) return quick;

  const model = (await modelsByKey(db, [modelKey])).get(modelKey);
  if (!model) throw notFound(`Model "${modelKey}"`);
  const claimed = model.balanceClasses
    ? await claimOnce(db, actor, modelKey, model)
    : null;
  if (claimed) return claimed;

  // Nothing open: perhaps leases expired since the last sweep.
  await sweepExpiredLeases(db);
  return claimOnce(db, actor, modelKey, model);
}

// Claims sweep expired leases now and then, and always before saying the queue
// is empty, so an abandoned item returns within a few claims.
const SWEEP_SHARE = 0.1;

async function claimOnce(db: Db, actor: Actor, modelKey: string, model: ModelRow) {
  const label = model.balanceClasses
    ? await scarcestClass(db, modelKey, model.labels)
    : null;
  return (
    (await leaseOne(db, actor, modelKey, label)) ??
    (label ? await leaseOne(db, actor, modelKey, null) : null)
  );
}

const unbalancedModel = (modelKey: string) =>
  sql`and exists (select 1 from model where key = ${modelKey} and not balance_classes)`;

type LeasedRow = ItemRow & { lease_id: string; lease_expires_at: string | Date };

async function leaseOne(
  db: Db,
  actor: Actor,
  modelKey: string,
  predictedLabel: string | null,
  onlyIfUnbalanced = false,
) {
  const [row] = rowsOf<LeasedRow>(
    await db.execute(sql`
      with candidate as (
        select i.id, i.labels_needed from review_item i
        where i.model_key = ${modelKey} and i.status = 'open'
          ${predictedLabel === null ? sql`` : sql`and i.predicted_label = ${predictedLabel}`}
          ${inActorRegions(actor, sql`i.region`)}
          ${onlyIfUnbalanced ? unbalancedModel(modelKey) : sql``}
          and i.id not in (
            select l.item_id from review_lease l
            where l.reviewer_id = ${actor.id}
              and (l.state = 'skipped' or (not l.exclusive and l.state in ('live', 'completed'))))
        -- "nulls last" matches the index, so the scan walks it in order and stops early.
        order by i.rank desc nulls last
        limit 1
        for update of i skip locked
      ), lease as (
        insert into review_lease (item_id, reviewer_id, exclusive, expires_at)
        select id, ${actor.id}, labels_needed = 1,
          now() + ${`${LEASE_MS} milliseconds`}::interval
        from candidate
        returning id, item_id, expires_at
      ), taken as (
        update review_item i set
          active_leases = i.active_leases + 1,
          status = case when i.label_count + i.active_leases + 1 >= i.labels_needed
            then 'leased' else 'open' end
        from lease where i.id = lease.item_id
      )
      select lease.id as lease_id, lease.expires_at as lease_expires_at, ${ITEM_COLUMNS}
      from lease
      join review_item i on i.id = lease.item_id
      join prediction p on p.id = i.prediction_id
      join model m on m.key = i.model_key
      left join region r on r.key = i.region`),
  );
  return row
    ? toClaimed(row, actor, { id: row.lease_id, expires_at: row.lease_expires_at })
    : null;
}

/** The predicted class with the fewest labels so far that still has open items. */
async function scarcestClass(db: Db, modelKey: string, labels: readonly string[]) {
  // LIMITATION: counts labels per class by scanning the model's items; fine to
  // about 10^5 items, a per-class tally would be needed beyond.
  const rows = rowsOf<{ predicted_label: string; n: number }>(
    await db.execute(sql`
      select l.label as predicted_label,
        (select coalesce(sum(label_count), 0)::int from review_item
          where model_key = ${modelKey} and predicted_label = l.label) as n
      from jsonb_array_elements_text(${JSON.stringify(labels)}::jsonb) as l(label)
      where exists (
        select 1 from review_item
        where model_key = ${modelKey} and predicted_label = l.label and status = 'open')
      order by n, l.label
      limit 1`),
  );
  return rows[0]?.predicted_label ?? null;
}

export type { ClaimedItem };
