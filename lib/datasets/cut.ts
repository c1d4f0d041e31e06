import { sql } from "drizzle-orm";

import type { CutTrigger, DatasetFilter, FeatureSpec, MergePolicy } from "@/db/schema";
import { rowsOf } from "@/db/rows";
import type { Db } from "@/db/types";
import { appendAudit } from "@/lib/audit/append";
import type { AuditActor } from "@/lib/auth/actor";
import { invalid, notFound } from "@/lib/errors";

import { feedbackRowsSql } from "./feedback-sql";
import { contentHash, versionCounts } from "./content-hash";

const ROW_COLUMNS = sql`row_key, prediction_id, model_version, region, client, ts,
  features, text, predicted_label, label, source, agreement`;

export interface CutOptions {
  trigger: CutTrigger;
  base?: { policy: MergePolicy };
}

export interface CutResult {
  version: number;
  rows: number;
  sha256: string;
}

interface Locked {
  model_key: string;
  filter: DatasetFilter;
  features: FeatureSpec[];
  next: number;
  base_rows: number;
}

/**
 * Freezes what a dataset holds now into a new version. The rows are copied by
 * one INSERT … SELECT in the database; the version number comes from under a
 * lock on the dataset row, so concurrent cuts take turns and never share a
 * number (a unique constraint backs this). The sha256 is the content hash of
 * the new rows (content-hash.ts), taken in the same transaction.
 */
export async function cutVersion(
  db: Db,
  actor: AuditActor,
  datasetId: string,
  options: CutOptions,
): Promise<CutResult> {
  return db.transaction(async (tx) => {
    // The copy hash-joins predictions, items and outcomes: with the default
    // 4 MB per hash a million-row cut spills every join to disk.
    await tx.execute(sql`set local work_mem = '128MB'`);
    const locked = await lockDataset(tx, datasetId);
    if (options.base && locked.base_rows === 0) {
      throw invalid("This dataset has no base rows: upload them first.", [
        { path: "base", message: "POST the rows to /base first" },
      ]);
    }

    const versionId = await insertVersion(tx, datasetId, locked, options, actor);
    await copyFeedback(tx, versionId, locked);
    let conflicts = 0;
    if (options.base) {
      conflicts = await countConflicts(tx, versionId, datasetId);
      await mergeBase(tx, versionId, datasetId, options.base.policy);
    }

    const stats = await settle(tx, versionId, conflicts);
    await appendAudit(tx, actor, {
      action: "dataset.version.cut",
      entityType: "dataset",
      entityId: datasetId,
      after: { version: locked.next, trigger: options.trigger, ...stats },
    });
    return { version: locked.next, rows: stats.rows, sha256: stats.sha256 };
  });
}

async function lockDataset(tx: Db, datasetId: string): Promise<Locked> {
  const [row] = rowsOf<Omit<Locked, "next" | "base_rows">>(
    await tx.execute(sql`
      select d.model_key, d.filter, m.features
      from dataset d join model m on m.key = d.model_key
      where d.id = ${datasetId}
      for update of d`),
  );
  if (!row) throw notFound("Dataset");

  // A statement of its own, after the lock: a subquery in the locking statement
  // would still read from before the wait and miss the version cut meanwhile.
  const [counts] = rowsOf<{ next: number; base_rows: number }>(
    await tx.execute(sql`
      select
        (select coalesce(max(version), 0) + 1 from dataset_version
          where dataset_id = ${datasetId})::int as next,
        (select count(*) from dataset_base_row where dataset_id = ${datasetId})::int
          as base_rows`),
  );
  return { ...row, ...counts! };
}

async function insertVersion(
  tx: Db,
  datasetId: string,
  locked: Locked,
  options: CutOptions,
  actor: AuditActor,
): Promise<number> {
  const [row] = rowsOf<{ id: number }>(
    await tx.execute(sql`
      insert into dataset_version (dataset_id, version, trigger, rows, sha256,
        features, label_counts, base_policy, feedback_rows, base_rows, created_by_id,
        created_by_name)
      values (${datasetId}, ${locked.next}, ${options.trigger}, 0, '',
        ${JSON.stringify(locked.features)}::jsonb, '{}'::jsonb,
        ${options.base?.policy ?? null}, 0, 0, ${actor.id}, ${actor.name})
      returning id`),
  );
  return Number(row!.id);
}

async function copyFeedback(tx: Db, versionId: number, locked: Locked) {
  await tx.execute(sql`
    insert into dataset_version_row (version_id, ${ROW_COLUMNS})
    select ${versionId}, ${ROW_COLUMNS}
    from (${feedbackRowsSql(locked.model_key, locked.filter)}) f`);
}

/** Base rows either give way on a shared key (feedback_wins) or replace the row (keep_base). */
async function mergeBase(
  tx: Db,
  versionId: number,
  datasetId: string,
  policy: MergePolicy,
) {
  const onConflict =
    policy === "feedback_wins"
      ? sql`do nothing`
      : sql`do update set ${sql.raw(
          ROW_SET.map((column) => `${column} = excluded.${column}`).join(", "),
        )}`;
  await tx.execute(sql`
    insert into dataset_version_row (version_id, row_key, prediction_id, features,
      label, source)
    select ${versionId}, b.row_key, b.prediction_id, b.features, b.label, 'base'
    from dataset_base_row b where b.dataset_id = ${datasetId}
    on conflict (version_id, row_key) ${onConflict}`);
}

const ROW_SET = [
  "prediction_id",
  "model_version",
  "region",
  "client",
  "ts",
  "features",
  "text",
  "predicted_label",
  "label",
  "source",
  "agreement",
];

// Before the merge the version holds only feedback: base rows sharing a key
// with one of those are the conflicts the policy decides.
async function countConflicts(tx: Db, versionId: number, datasetId: string) {
  const [row] = rowsOf<{ n: number }>(
    await tx.execute(sql`
      select count(*)::int as n from dataset_base_row b
      join dataset_version_row r on r.version_id = ${versionId} and r.row_key = b.row_key
      where b.dataset_id = ${datasetId}`),
  );
  return row?.n ?? 0;
}

async function settle(tx: Db, versionId: number, conflicts: number) {
  const counts = await versionCounts(tx, versionId);
  const sha256 = await contentHash(tx, versionId);
  const stats = {
    rows: counts.rows,
    feedbackRows: counts.rows - counts.baseRows,
    baseRows: counts.baseRows,
    conflicts,
    labelCounts: counts.labelCounts,
    sha256,
  };

  await tx.execute(sql`
    update dataset_version set rows = ${stats.rows}, sha256 = ${stats.sha256},
      label_counts = ${JSON.stringify(stats.labelCounts)}::jsonb,
      feedback_rows = ${stats.feedbackRows}, base_rows = ${stats.baseRows},
      conflicts = ${conflicts}
    where id = ${versionId}`);
  return stats;
}
