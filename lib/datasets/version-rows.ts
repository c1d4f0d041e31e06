import { type SQL, sql } from "drizzle-orm";
import { PgTransaction } from "drizzle-orm/pg-core";

import { rowsOf } from "@/db/rows";
import type { Db } from "@/db/types";
import type { DatasetRowView } from "@/lib/contract/datasets";

import { decodeRow, ENCODED_ROW, type StoredRow } from "./row-codec";

export type { StoredRow } from "./row-codec";

/** Rows read per query when streaming a version: small enough to keep memory flat. */
export const BATCH_ROWS = 5_000;

export interface KeyedRow {
  key: string;
  row: DatasetRowView;
}

export function toKeyed(stored: StoredRow): KeyedRow {
  return {
    key: stored.key,
    row: {
      predictionId: stored.predictionId,
      modelVersion: stored.modelVersion,
      region: stored.region,
      client: stored.client,
      timestamp: stored.timestamp,
      features: JSON.parse(stored.features) as Record<string, unknown>,
      text: stored.text,
      predictedLabel: stored.predictedLabel,
      label: stored.label,
      source: stored.source,
      agreement: stored.agreement === null ? null : Number(stored.agreement),
    },
  };
}

/** A version row as read: its key and its values encoded in one text. */
export interface EncodedRow {
  row_key: string;
  encoded: string;
}

export const decodeStored = (row: EncodedRow) => decodeRow(row.row_key, row.encoded);

/**
 * One page of a version's rows in key order, after `afterKey` (exclusive),
 * each row's values as one encoded text (see row-codec.ts), decoded by the
 * caller one at a time so that a page never exists twice in memory.
 */
export function readPage(
  db: Db,
  versionId: number,
  afterKey: string | null,
  limit: number,
): Promise<EncodedRow[]> {
  return readKeyed(db, versionId, ENCODED_ROW, afterKey, limit);
}

/**
 * A page of `expression` over a version's rows, in key order after `afterKey`.
 * Sorting is switched off for the statement: right after a cut the planner has
 * no statistics for the new rows, guesses a few hundred, and would sort the
 * whole rest of the version for every page instead of walking the primary key.
 */
async function readKeyed(
  db: Db,
  versionId: number,
  expression: SQL,
  afterKey: string | null,
  limit: number,
): Promise<EncodedRow[]> {
  const after = afterKey === null ? sql`` : sql`and row_key > ${afterKey}`;
  const read = async (tx: Db) => {
    // Floats shortest-exact whatever the session says: exports and the content
    // hash must write the same text for the same value on every server.
    await tx.execute(sql`
      select set_config('enable_sort', 'off', true),
        set_config('extra_float_digits', '1', true)`);
    return rowsOf<EncodedRow>(
      await tx.execute(sql`
        select row_key, ${expression} as encoded
        from dataset_version_row
        where version_id = ${versionId} ${after}
        order by row_key limit ${limit}`),
    );
  };

  // Inside a transaction (a cut hashing its new rows) the setting is simply
  // left on for the rest of it: a savepoint per page would make PostgreSQL
  // check a growing list of subtransactions for every row it reads.
  return db instanceof PgTransaction ? read(db as unknown as Db) : db.transaction(read);
}

export async function readRows(
  db: Db,
  versionId: number,
  afterKey: string | null,
  limit: number,
): Promise<KeyedRow[]> {
  const page = await readPage(db, versionId, afterKey, limit);
  return page.map((row) => toKeyed(decodeStored(row)));
}

/**
 * Every row of a version in key order, a page at a time (keyset pagination),
 * as `expression` (by default the encoded row). The next page is asked for
 * before the current one is handed over, so the database reads it while the
 * caller works on this one: only one query is in flight at a time, which a
 * transaction's single connection allows.
 */
export async function* streamPages(
  db: Db,
  versionId: number,
  expression: SQL = ENCODED_ROW,
): AsyncGenerator<EncodedRow[]> {
  const page = (after: string | null) =>
    readKeyed(db, versionId, expression, after, BATCH_ROWS);
  let next = page(null);

  for (;;) {
    const rows = await next;
    if (rows.length === 0) return;

    const last = rows.length === BATCH_ROWS ? rows[rows.length - 1]!.row_key : null;
    if (last !== null) next = page(last);
    yield rows;
    if (last === null) return;
  }
}
