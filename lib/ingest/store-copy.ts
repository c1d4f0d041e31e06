import { once } from "node:events";
import type { Writable } from "node:stream";
import { finished } from "node:stream/promises";

import type { ReservedSql, Sql } from "postgres";

import { log } from "@/lib/log";

import { copyLine } from "./copy-text";
import type { PredictionRow, StoredCounts } from "./prediction-row";
import { countVersions, insertReviewItems, registerClients } from "./store-sql";

const COLUMNS = [
  "model_key",
  "external_id",
  "model_version",
  "region",
  "client",
  "ts",
  "features",
  "text",
  "output_label",
  "probabilities",
  "latency_ms",
  "error",
  "explanation",
  "subject_id",
  "uncertainty",
  "review_reason",
  "review_probability",
] as const satisfies readonly (keyof PredictionRow)[];

const COPY = `copy prediction (${COLUMNS.join(", ")}) from stdin`;

// Rows per COPY data message: large enough to be cheap, small enough that,
// waiting for the socket between them, a 5,000-prediction batch is not one
// more copy of itself in memory.
const ROWS_PER_WRITE = 500;

/**
 * Stores a batch on PostgreSQL with COPY, which writes rows in bulk at about
 * half the cost of an INSERT from JSON, then queues review items, registers
 * versions and clients in one more statement, all in one transaction.
 *
 * COPY cannot skip known ids, so this is the path for batches of new
 * predictions: when one is already stored (a retry), or a concurrent retry
 * stores it first, the transaction rolls back and this answers null, and the
 * caller stores the batch with the statement that skips known ids.
 */
export async function storeByCopy(
  client: Sql,
  rows: readonly PredictionRow[],
): Promise<StoredCounts | null> {
  const batch = firstOfEachId(rows);
  const connection = await client.reserve();

  try {
    await copyInTransaction(connection, batch);
  } catch (error) {
    // Nothing to roll back when BEGIN itself failed: PostgreSQL only warns.
    await connection.unsafe("rollback").catch(() => undefined);
    if (error instanceof CopyRolledBack) {
      log.warn({ err: error.cause }, "copy rolled back; storing the batch by statement");
      return null;
    }
    if (!isKnownIdConflict(error)) throw error;
    log.debug({ code: (error as { code: string }).code }, "copy met a known id");
    return null;
  } finally {
    connection.release();
  }

  return {
    accepted: batch.length,
    flagged: batch.filter((row) => row.review_reason === "flagged").length,
    audited: batch.filter((row) => row.review_reason === "audit").length,
  };
}

/** A batch may name an id twice: the first is stored, as the statement path does. */
function firstOfEachId(rows: readonly PredictionRow[]): PredictionRow[] {
  const seen = new Set<string>();
  return rows.filter((row) => {
    const key = `${row.model_key}\u0000${row.external_id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * BEGIN, COPY, the follow-up and COMMIT in three round trips where a
 * transaction block takes five: BEGIN goes in one message with the COPY,
 * and COMMIT is pipelined after the follow-up (once the driver has prepared
 * it on this connection). Each round trip costs PostgreSQL and the server a
 * wake-up, a fixed cost of every batch.
 */
async function copyInTransaction(
  connection: ReservedSql,
  batch: readonly PredictionRow[],
) {
  const stream = await connection.unsafe(`begin; ${COPY}`).writable();
  await writeRows(stream, batch);

  const [followUp, commit] = await Promise.allSettled([
    connection.unsafe(COPY_FOLLOW_UP, copyFollowUpParameters(batch), { prepare: true }),
    connection.unsafe("commit"),
  ]);
  if (commit.status === "rejected") throw commit.reason;

  // After a failed follow-up COMMIT only rolls back, and PostgreSQL tags it
  // ROLLBACK. Nothing was stored then (see COPY_FOLLOW_UP for the re-sent
  // follow-up): the statement path stores the batch, or meets the same error.
  if (commit.value.command !== "COMMIT") {
    throw new CopyRolledBack(followUp.status === "rejected" ? followUp.reason : null);
  }
}

/** The COPY's transaction rolled back, storing nothing. */
class CopyRolledBack extends Error {
  constructor(cause: unknown) {
    super("the copy's transaction rolled back", { cause });
  }
}

async function writeRows(stream: Writable, rows: readonly PredictionRow[]) {
  // PostgreSQL may refuse a row while later ones are being written: its error
  // reaches once() or finished() below, and must not crash the process.
  stream.on("error", () => undefined);

  try {
    for (
      let start = 0;
      start < rows.length && !stream.destroyed;
      start += ROWS_PER_WRITE
    ) {
      const chunk = copyChunk(rows.slice(start, start + ROWS_PER_WRITE));
      if (!stream.write(chunk)) await once(stream, "drain");
    }
    stream.end();
    await finished(stream);
  } catch (error) {
    // CopyFail, so that the connection leaves COPY and takes the rollback.
    stream.destroy(error as Error);
    throw error;
  }
}

function copyChunk(rows: readonly PredictionRow[]): string {
  let chunk = "";
  for (const row of rows) chunk += copyLine(row, COLUMNS);
  return chunk;
}

// The predictions were copied in this transaction: the flagged ones' ids are
// found by their unique (model_key, external_id) index.
//
// It writes only inside that transaction, which has an id since the COPY.
// postgres.js re-sends a prepared statement that PostgreSQL refuses as stale
// (after DEALLOCATE, or a migration changing a column's type) behind what is
// already queued: the COMMIT, which then rolls back. The re-sent follow-up runs
// on its own, without an id until it writes, so every row fails the guard
// before any is written, and the batch goes the statement path.
// pg_current_xact_id_if_assigned() is why Tideline needs PostgreSQL 13 or later.
const IN_COPY_TRANSACTION = "pg_current_xact_id_if_assigned() is not null";

export const COPY_FOLLOW_UP = `
  with queued as (
    select * from json_to_recordset($1::json) as q(model_key text, external_id text,
      region text, review_reason text, uncertainty float8, output_label text)
    where ${IN_COPY_TRANSACTION}
  ), items as (
    ${insertReviewItems(
      "(select p.id, q.* from queued q join prediction p using (model_key, external_id))",
    )}
  ), counted as (
    select * from json_to_recordset($2::json) as c(model_key text, version text,
      predictions int, first_seen_at timestamptz, last_seen_at timestamptz)
    where ${IN_COPY_TRANSACTION}
  ), ${countVersions("counted")},
  ${registerClients(
    `(select json_array_elements_text($3::json) as key where ${IN_COPY_TRANSACTION})`,
  )}
  select 1`;

export function copyFollowUpParameters(rows: readonly PredictionRow[]): string[] {
  const queued = rows
    .filter((row) => row.review_reason !== null)
    .map(
      ({ model_key, external_id, region, review_reason, uncertainty, output_label }) => ({
        model_key,
        external_id,
        region,
        review_reason,
        uncertainty,
        output_label,
      }),
    );
  const clients = [...new Set(rows.map((row) => row.client))];

  const counted = versionCounts(rows).map(({ first: _, last: __, ...count }) => count);
  return [JSON.stringify(queued), JSON.stringify(counted), JSON.stringify(clients)];
}

interface VersionCount {
  model_key: string;
  version: string;
  predictions: number;
  first_seen_at: string;
  last_seen_at: string;
  first: number;
  last: number;
}

/** Predictions per model version, with the first and last timestamp seen. */
function versionCounts(rows: readonly PredictionRow[]) {
  const counts = new Map<string, VersionCount>();
  for (const row of rows) {
    const key = `${row.model_key}\u0000${row.model_version}`;
    const at = Date.parse(row.ts);
    const count = counts.get(key);
    if (!count) {
      counts.set(key, {
        model_key: row.model_key,
        version: row.model_version,
        predictions: 1,
        first_seen_at: row.ts,
        last_seen_at: row.ts,
        first: at,
        last: at,
      });
      continue;
    }

    count.predictions++;
    if (at < count.first) [count.first, count.first_seen_at] = [at, row.ts];
    if (at > count.last) [count.last, count.last_seen_at] = [at, row.ts];
  }
  return [...counts.values()];
}

/**
 * A unique violation: the id was stored before, or by a racing retry. The
 * statement path skips known ids. Writers take locks in one order, so a
 * deadlock would be a bug elsewhere; the statement path is still a safe retry.
 */
function isKnownIdConflict(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === "23505" || code === "40P01";
}
