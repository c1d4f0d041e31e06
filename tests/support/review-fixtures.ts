import { sql } from "drizzle-orm";

import type { Db } from "@/db/types";
import { rowsOf } from "@/db/rows";
import type { Actor } from "@/lib/auth/actor";
import { SCOPES } from "@/lib/auth/scopes";
import { ingestPredictions } from "@/lib/ingest/predictions";

import { makeModel, prediction } from "./ingest-fixtures";

export const serviceActor: Actor = {
  kind: "service",
  id: "svc",
  name: "svc",
  role: null,
  scopes: new Set(SCOPES),
  regions: "all",
  via: "token",
  tokenId: null,
  ratePerSecond: null,
};

/** A model with `n` items in its queue: every prediction is flagged (uncertainty ≥ 0.4). */
export async function makeQueue(
  db: Db,
  n: number,
  options: { labelsPerItem?: number; balanceClasses?: boolean } = {},
) {
  const model = await makeModel(db, options);
  const batch = Array.from({ length: n }, (_, i) =>
    prediction(model, `item-${i}`, 0.5 + (i % 10) / 100),
  );
  await ingestPredictions(db, serviceActor, batch);
  return model;
}

export async function liveLeases(db: Db, modelKey: string) {
  return rowsOf<{ item_id: number; reviewer_id: string }>(
    await db.execute(sql`
      select l.item_id, l.reviewer_id from review_lease l
      join review_item i on i.id = l.item_id
      where i.model_key = ${modelKey} and l.state = 'live' and l.expires_at > now()`),
  );
}

export async function expireLeasesOf(db: Db, reviewerId: string) {
  await db.execute(sql`
    update review_lease set expires_at = now() - interval '1 second'
    where reviewer_id = ${reviewerId} and state = 'live'`);
}
