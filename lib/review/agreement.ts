import { sql } from "drizzle-orm";

import type { Db } from "@/db/types";
import { rowsOf } from "@/db/rows";
import { agreement } from "@/lib/stats/agreement";

// Agreement is read over the most recent multi-label items: a figure for the
// current team and guidelines, and a bounded read on large queues.
const RECENT_ITEMS = 20_000;

/** Inter-reviewer agreement of a model's items that have two labels or more. */
export async function modelAgreement(db: Db, modelKey: string) {
  const rows = rowsOf<{ labels: string[] }>(
    await db.execute(sql`
      select array_agg(l.label order by l.created_at) as labels
      from review_label l join review_item i on i.id = l.item_id
      where i.model_key = ${modelKey} and l.kind = 'label' and l.undone_at is null
        and i.labels_needed > 1
      group by l.item_id
      having count(*) >= 2
      order by max(l.created_at) desc
      limit ${RECENT_ITEMS}`),
  );
  return agreement(rows.map((row) => row.labels));
}
