/**
 * 50 reviewers claiming at once from a queue of 1,000,000 items in
 * PostgreSQL: claim latency, and a check that no item got two live leases.
 */
import { sql } from "drizzle-orm";

import { openDatabase } from "../db/open";
import { rowsOf } from "../db/rows";
import type { Actor } from "../lib/auth/actor";
import { claimNext } from "../lib/review/claim";
import { AGE_BOOST_PER_SECOND } from "../lib/review/rules";
import { progressBar } from "../scripts/progress";
import { freshPostgres, percentile } from "./server";

const ITEMS = Number(process.env.BENCH_CLAIM_ITEMS ?? 1_000_000);
const CLAIMERS = 50;
const CLAIMS = 20_000;

async function seed(db: Awaited<ReturnType<typeof openDatabase>>["db"]) {
  await db.execute(sql`insert into region (key, name) values ('bench', 'Bench')`);
  await db.execute(sql`
    insert into model (key, name, labels, features, flagging)
    values ('bench', 'Bench', '{stay,churn}', '[{"name":"age","type":"numerical"}]',
      '{"strategy":"least_confidence","threshold":0.4,"auditRate":0}')`);
  await db.execute(sql`
    insert into app_user (email, name, role, regions)
    select 'reviewer' || g || '@bench.test', 'Reviewer ' || g, 'reviewer', '{bench}'
    from generate_series(1, ${CLAIMERS}::int) g`);

  const bar = progressBar(`seeding ${ITEMS} items`, ITEMS);
  const chunk = 100_000;
  for (let start = 0; start < ITEMS; start += chunk) {
    const end = Math.min(ITEMS, start + chunk) - 1;
    await db.execute(sql`
      with p as (
        insert into prediction (model_key, external_id, model_version, region, client, ts,
          features, output_label, probabilities, uncertainty, review_reason, review_probability)
        select 'bench', 'p' || g, 'v1', 'bench', 'acme', now(), jsonb_build_object('age', g % 60),
          'churn', '{"stay":0.45,"churn":0.55}', 0.4 + (g % 600) / 1000.0, 'flagged', 1
        from generate_series(${start}::int, ${end}::int) g
        returning id, uncertainty
      )
      insert into review_item (prediction_id, model_key, region, reason, priority, rank,
        predicted_label)
      select id, 'bench', 'bench', 'flagged', uncertainty,
        uncertainty - ${AGE_BOOST_PER_SECOND}::float8 * extract(epoch from now()), 'churn'
      from p`);
    bar.update(end + 1);
  }
  bar.finish();
  await db.execute(sql`analyze`);
}

async function reviewers(db: Awaited<ReturnType<typeof openDatabase>>["db"]): Promise<Actor[]> {
  const rows = rowsOf<{ id: string; name: string }>(
    await db.execute(sql`select id, name from app_user where email like '%@bench.test'`),
  );
  return rows.map((row) => ({
    kind: "user",
    id: row.id,
    name: row.name,
    role: "reviewer",
    scopes: new Set(["review"] as const),
    regions: ["bench"],
    via: "session",
    tokenId: null,
    ratePerSecond: null,
  }));
}

export async function benchClaim() {
  const url = await freshPostgres("tideline_bench_claim");
  const database = await openDatabase({ kind: "postgres", url, max: CLAIMERS });
  const { db } = database;
  try {
    await seed(db);
    const actors = await reviewers(db);
    const latencies: number[] = [];
    const claimed: string[] = [];
    const bar = progressBar(`${CLAIMERS} claimers, ${CLAIMS} claims`, CLAIMS);

    const started = performance.now();
    await Promise.all(
      actors.map(async (actor) => {
        for (let i = 0; i < CLAIMS / CLAIMERS; i++) {
          const t = performance.now();
          const claim = await claimNext(db, actor, "bench");
          latencies.push(performance.now() - t);
          if (claim) claimed.push(claim.item.id);
          bar.update(latencies.length);
        }
      }),
    );
    bar.finish();
    const seconds = (performance.now() - started) / 1000;

    const [duplicates] = rowsOf<{ n: number }>(
      await db.execute(sql`
        select count(*)::int as n from (
          select item_id from review_lease where state = 'live' group by item_id
          having count(*) > 1) d`),
    );
    latencies.sort((a, b) => a - b);
    return {
      items: ITEMS,
      claims: claimed.length,
      distinctItems: new Set(claimed).size,
      itemsWithTwoLiveLeases: duplicates?.n ?? -1,
      claimsPerSecond: claimed.length / seconds,
      p50Ms: percentile(latencies, 50),
      p95Ms: percentile(latencies, 95),
      p99Ms: percentile(latencies, 99),
    };
  } finally {
    await database.close();
  }
}
