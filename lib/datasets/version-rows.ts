import { sql } from "drizzle-orm";

import { rowsOf } from "@/db/rows";
import type { Db } from "@/db/types";
import type { DatasetRowView } from "@/lib/contract/datasets";

/** Rows read per query when streaming a version: small enough to keep memory flat. */
export const BATCH_ROWS = 5_000;

interface StoredRow {
  row_key: string;
  prediction_id: string | null;
  model_version: string | null;
  region: string | null;
  client: string | null;
  ts: string | null;
  features: string;
  text: string | null;
  predicted_label: string | null;
  label: string;
  source: DatasetRowView["source"];
  agreement: number | null;
}

export interface KeyedRow {
  key: string;
  row: DatasetRowView;
}

// The timestamp is formatted by the database and features read as text, so
// that both drivers hand over the same values, and so the same bytes follow.
function toKeyed(stored: StoredRow): KeyedRow {
  return {
    key: stored.row_key,
    row: {
      predictionId: stored.prediction_id,
      modelVersion: stored.model_version,
      region: stored.region,
      client: stored.client,
      timestamp: stored.ts,
      features: JSON.parse(stored.features) as Record<string, unknown>,
      text: stored.text,
      predictedLabel: stored.predicted_label,
      label: stored.label,
      source: stored.source,
      agreement: stored.agreement === null ? null : Number(stored.agreement),
    },
  };
}

/**
 * One page of a version's rows in key order, after `afterKey` (exclusive).
 * Sorting is switched off for the statement: right after a cut the planner has
 * no statistics for the new rows, guesses a few hundred, and would sort the
 * whole rest of the version for every page instead of walking the primary key.
 */
export async function readRows(
  db: Db,
  versionId: number,
  afterKey: string | null,
  limit: number,
): Promise<KeyedRow[]> {
  const after = afterKey === null ? sql`` : sql`and row_key > ${afterKey}`;
  const rows = await db.transaction(async (tx) => {
    await tx.execute(sql`set local enable_sort = off`);
    return rowsOf<StoredRow>(
      await tx.execute(sql`
        select row_key, prediction_id, model_version, region, client,
          to_char(ts at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as ts,
          features::text as features, text, predicted_label, label, source, agreement
        from dataset_version_row
        where version_id = ${versionId} ${after}
        order by row_key limit ${limit}`),
    );
  });
  return rows.map(toKeyed);
}

/** Every row of a version in key order, a batch at a time (keyset pagination). */
export async function* streamRows(db: Db, versionId: number): AsyncGenerator<KeyedRow[]> {
  let after: string | null = null;

  for (;;) {
    const batch = await readRows(db, versionId, after, BATCH_ROWS);
    if (batch.length === 0) return;

    yield batch;
    if (batch.length < BATCH_ROWS) return;
    after = batch[batch.length - 1]!.key;
  }
}
