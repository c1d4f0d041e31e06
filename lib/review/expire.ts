import { sql } from "drizzle-orm";

import type { Db } from "@/db/types";

import { EXPIRY_SWEEP_LIMIT } from "./rules";

/**
 * Returns the items of expired leases to the queue. Claims call it first, so
 * expiry needs no timer in any process; leases being swept by another caller
 * are skipped rather than waited for.
 */
export async function sweepExpiredLeases(db: Db): Promise<void> {
  await db.execute(sql`
    with expired as (
      update review_lease set state = 'expired', ended_at = now()
      where id in (
        select id from review_lease
        where state = 'live' and expires_at <= now()
        order by expires_at
        limit ${EXPIRY_SWEEP_LIMIT}
        for update skip locked)
      returning item_id
    ), counts as (
      select item_id, count(*)::int as n from expired group by item_id
    )
    update review_item i set
      active_leases = greatest(0, i.active_leases - counts.n),
      status = case when i.status = 'leased' then 'open' else i.status end
    from counts where i.id = counts.item_id`);
}
