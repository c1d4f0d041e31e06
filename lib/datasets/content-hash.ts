import { createHash } from "node:crypto";

import { sql } from "drizzle-orm";

import { rowsOf } from "@/db/rows";
import type { Db } from "@/db/types";

import { streamPages } from "./version-rows";

/**
 * A row's canonical text: PostgreSQL's record output, which quotes any value
 * that needs it, so values and rows never run together. The timestamp goes in
 * as epoch microseconds and floats are written shortest-exact (the readers set
 * extra_float_digits to 1), so no session setting changes the text.
 */
export const CANONICAL_ROW =
  sql.raw(`row(row_key, prediction_id, model_version, region, client,
  (extract(epoch from ts) * 1000000)::int8, text, predicted_label, label, source,
  agreement, features)::text`);

/**
 * A version's content hash: sha256 over its rows in key order, each as its
 * canonical text and a newline. The rows are streamed and hashed as they come,
 * which costs a fraction of hashing an export: nothing is decoded or encoded
 * again in Node. Exports have checksums of their own (see manifest.ts).
 */
export async function contentHash(db: Db, versionId: number): Promise<string> {
  const hash = createHash("sha256");

  for await (const page of streamPages(db, versionId, CANONICAL_ROW)) {
    let text = "";
    for (const row of page) text += `${row.encoded}\n`;
    hash.update(text);
  }
  return hash.digest("hex");
}

/**
 * Hashes the versions cut before content hashes existed (the migration left
 * their sha256 empty), one at a time. Safe to run on several servers at once:
 * each computes the same value for a version whose rows never change.
 */
export async function hashUnhashedVersions(db: Db): Promise<number> {
  const pending = rowsOf<{ id: number }>(
    await db.execute(sql`select id::int as id from dataset_version where sha256 = ''`),
  );

  for (const { id } of pending) {
    const sha256 = await contentHash(db, id);
    await db.execute(sql`
      update dataset_version set sha256 = ${sha256} where id = ${id} and sha256 = ''`);
  }
  return pending.length;
}

export interface VersionCounts {
  rows: number;
  baseRows: number;
  /** Rows per label, by label. */
  labelCounts: Record<string, number>;
}

export async function versionCounts(db: Db, versionId: number): Promise<VersionCounts> {
  const counts = rowsOf<{ label: string; rows: number; base: number }>(
    await db.execute(sql`
      select label, count(*)::int as rows,
        (count(*) filter (where source = 'base'))::int as base
      from dataset_version_row where version_id = ${versionId}
      group by label order by label collate "C"`),
  );

  return {
    rows: counts.reduce((sum, c) => sum + c.rows, 0),
    baseRows: counts.reduce((sum, c) => sum + c.base, 0),
    labelCounts: Object.fromEntries(counts.map((c) => [c.label, c.rows])),
  };
}
