import { sql } from "drizzle-orm";

import type { Db } from "@/db/types";
import { rowsOf } from "@/db/rows";
import type { Actor } from "@/lib/auth/actor";

import { inActorRegions } from "./region-filter";

const regionFilter = (actor: Actor) => inActorRegions(actor, sql`i.region`);

/** Queue depth per model and region, and how fast labels arrive. */
export async function queueOverview(db: Db, actor: Actor) {
  const queues = rowsOf<{
    model_key: string;
    model_name: string;
    region: string;
    open: number;
    leased: number;
    disputed: number;
    oldest_open_at: string | Date | null;
  }>(
    await db.execute(sql`
      select i.model_key, m.name as model_name, i.region,
        count(*) filter (where i.status = 'open')::int as open,
        count(*) filter (where i.status = 'leased')::int as leased,
        count(*) filter (where i.status = 'disputed')::int as disputed,
        min(i.created_at) filter (where i.status = 'open') as oldest_open_at
      from review_item i join model m on m.key = i.model_key
      where i.status <> 'done' ${regionFilter(actor)}
      group by i.model_key, m.name, i.region
      order by i.model_key, i.region`),
  );

  const rates = rowsOf<{ model_key: string; last_hour: number; last_day: number }>(
    await db.execute(sql`
      select i.model_key,
        count(*) filter (where l.created_at > now() - interval '1 hour')::int as last_hour,
        count(*)::int as last_day
      from review_label l join review_item i on i.id = l.item_id
      where l.created_at > now() - interval '1 day' and l.undone_at is null
        ${regionFilter(actor)}
      group by i.model_key`),
  );

  return {
    queues: queues.map((q) => ({
      model: q.model_key,
      modelName: q.model_name,
      region: q.region,
      open: q.open,
      leased: q.leased,
      disputed: q.disputed,
      oldestOpenAt: q.oldest_open_at ? new Date(q.oldest_open_at).toISOString() : null,
    })),
    labelRates: rates.map((r) => ({
      model: r.model_key,
      lastHour: r.last_hour,
      lastDay: r.last_day,
    })),
  };
}

/** Labels per reviewer over the last day, for leads. */
export async function reviewerThroughput(db: Db, actor: Actor) {
  const rows = rowsOf<{
    reviewer_id: string;
    name: string;
    last_hour: number;
    last_day: number;
    unsure: number;
    last_label_at: string | Date;
  }>(
    await db.execute(sql`
      select u.id as reviewer_id, u.name,
        count(*) filter (where l.created_at > now() - interval '1 hour')::int as last_hour,
        count(*)::int as last_day,
        count(*) filter (where l.kind = 'unsure')::int as unsure,
        max(l.created_at) as last_label_at
      from review_label l
      join app_user u on u.id = l.reviewer_id
      join review_item i on i.id = l.item_id
      where l.created_at > now() - interval '1 day' and l.undone_at is null
        ${regionFilter(actor)}
      group by u.id, u.name
      order by last_day desc`),
  );
  return rows.map((r) => ({
    reviewerId: r.reviewer_id,
    name: r.name,
    lastHour: r.last_hour,
    lastDay: r.last_day,
    unsure: r.unsure,
    lastLabelAt: new Date(r.last_label_at).toISOString(),
  }));
}

/**
 * The reviewer's progress line: labels and "unsure" marks since midnight UTC,
 * and the open items still to be offered to them (not those they skipped).
 */
export async function reviewerProgress(db: Db, actor: Actor, modelKey: string) {
  const [row] = rowsOf<{ done_today: number; left: number }>(
    await db.execute(sql`
      select
        (select count(*) from review_label
          where reviewer_id = ${actor.id} and undone_at is null
            and created_at >= date_trunc('day', now() at time zone 'utc') at time zone 'utc')::int
          as done_today,
        (select count(*) from review_item i
          where i.model_key = ${modelKey} and i.status = 'open' ${regionFilter(actor)}
            and i.id not in (
              select l.item_id from review_lease l
              where l.reviewer_id = ${actor.id}
                and (l.state = 'skipped'
                  or (not l.exclusive and l.state in ('live', 'completed')))))::int
          as left`),
  );
  return { doneToday: row?.done_today ?? 0, leftInQueue: row?.left ?? 0 };
}
