/**
 * Feedback datasets at 1,000,000 labeled items in PostgreSQL: the time to cut
 * a version (copy and hash), and JSONL / Parquet export throughput with the
 * resident memory the stream adds. The exports are measured as functions
 * streaming to a null sink, not through HTTP.
 */
import { sql } from "drizzle-orm";

import { openDatabase } from "../db/open";
import type { Db } from "../db/types";
import { SYSTEM_ACTOR } from "../lib/auth/actor";
import { loadVersion } from "../lib/datasets/access";
import { cutVersion } from "../lib/datasets/cut";
import { exportChunks } from "../lib/datasets/export";
import { progressBar } from "../scripts/progress";
import { freshTestDatabase } from "../tests/support/test-database";

const ITEMS = Number(process.env.BENCH_DATASET_ITEMS ?? 1_000_000);
const CHUNK = 100_000;

export async function seed(db: Db) {
  await db.execute(sql`insert into region (key, name) values ('bench', 'Bench')`);
  await db.execute(sql`
    insert into model (key, name, labels, features, flagging)
    values ('bench', 'Bench', '{stay,churn}',
      '[{"name":"age","type":"numerical"},{"name":"plan","type":"categorical"}]',
      '{"strategy":"least_confidence","threshold":0.4,"auditRate":0}')`);
  await db.execute(sql`
    insert into app_user (email, name, role, regions)
    values ('reviewer@bench.test', 'Reviewer', 'reviewer', '{bench}')`);

  const bar = progressBar(`seeding ${ITEMS} labeled items`, ITEMS);
  for (let start = 0; start < ITEMS; start += CHUNK) {
    await seedChunk(db, start, Math.min(ITEMS, start + CHUNK) - 1);
    bar.update(Math.min(ITEMS, start + CHUNK));
  }
  bar.finish();
  // Rows a real deployment cuts were ingested over days and long since
  // vacuumed; a million written seconds ago would make the cut pay for setting
  // their hint bits, a one-time cost of seeding rather than of cutting.
  await db.execute(sql`vacuum analyze`);
}

// Predictions, done items with a final label, and the lease and label behind each.
async function seedChunk(db: Db, start: number, end: number) {
  await db.execute(sql`
    with p as (
      insert into prediction (model_key, external_id, model_version, region, client, ts,
        features, output_label, probabilities, uncertainty, review_reason, review_probability)
      select 'bench', 'p' || lpad(g::text, 8, '0'), 'v' || (g % 3), 'bench', 'acme',
        timestamptz '2026-11-01' + g * interval '1 second',
        jsonb_build_object('age', g % 90, 'plan', case when g % 2 = 0 then 'pro' else 'basic' end),
        'churn', '{"stay":0.45,"churn":0.55}', 0.45, 'flagged', 1
      from generate_series(${start}::int, ${end}::int) g
      returning id
    ), i as (
      insert into review_item (prediction_id, model_key, region, reason, priority,
        predicted_label, status, label_count, final_label, final_source, agreement,
        done_at)
      select id, 'bench', 'bench', 'flagged', 0.45, 'churn', 'done', 1,
        case when id % 3 = 0 then 'stay' else 'churn' end, 'agreed', 1, now()
      from p
      returning id, final_label
    ), l as (
      insert into review_lease (item_id, reviewer_id, state, exclusive, expires_at, ended_at)
      select i.id, u.id, 'completed', true, now(), now()
      from i, app_user u where u.email = 'reviewer@bench.test'
      returning id, item_id, reviewer_id
    )
    insert into review_label (item_id, reviewer_id, lease_id, kind, label)
    select l.item_id, l.reviewer_id, l.id, 'label', i.final_label
    from l join i on i.id = l.item_id`);
}

/** Streams an export to nowhere; answers rows a second and the RSS it added. */
async function measureExport(
  db: Db,
  version: { id: number; features: never[] },
  rows: number,
  format: "jsonl" | "parquet",
) {
  global.gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  let bytes = 0;

  const started = performance.now();
  for await (const chunk of exportChunks(db, version, format)) {
    bytes += chunk.byteLength;
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    rowsPerSecond: rows / seconds,
    seconds,
    mib: bytes / 2 ** 20,
    rssGrowthMiB: (peak - before) / 2 ** 20,
  };
}

export async function benchDatasets() {
  const url = await freshTestDatabase("tideline_bench_datasets");
  const database = await openDatabase({ kind: "postgres", url, max: 4 });
  const { db } = database;
  try {
    await seed(db);
    const [row] = (await db.execute(sql`
      insert into dataset (name, model_key, filter, created_by_name)
      values ('bench', 'bench', '{"labelSource":"both","regions":null}', 'bench')
      returning id`)) as unknown as { id: string }[];

    const started = performance.now();
    const cut = await cutVersion(db, SYSTEM_ACTOR, row!.id, { trigger: "api" });
    const cutSeconds = (performance.now() - started) / 1000;

    const admin = { regions: "all", scopes: new Set(["admin"]) } as never;
    const { version } = await loadVersion(db, admin, row!.id, cut.version);
    const jsonl = await measureExport(db, version as never, cut.rows, "jsonl");
    const parquet = await measureExport(db, version as never, cut.rows, "parquet");

    return {
      items: ITEMS,
      versionRows: cut.rows,
      cutSeconds,
      jsonlRowsPerSecond: jsonl.rowsPerSecond,
      jsonlMiB: jsonl.mib,
      jsonlRssGrowthMiB: jsonl.rssGrowthMiB,
      parquetRowsPerSecond: parquet.rowsPerSecond,
      parquetMiB: parquet.mib,
      parquetRssGrowthMiB: parquet.rssGrowthMiB,
    };
  } finally {
    await database.close();
  }
}
