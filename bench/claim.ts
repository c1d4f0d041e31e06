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
import { freshTestDatabase } from "../tests/support/test-database";
import { percentile } from "./server";

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

async function reviewers(
  db: Awaited<ReturnType<typeof openDatabase>>["db"],
): Promise<Actor[]> {
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

interface Phase {
  latencies: number[];
  claimed: string[];
  seconds: number;
}

/** Each claimer claims `perClaimer` times, pausing `thinkMs` between claims. */
async function runPhase(
  db: Awaited<ReturnType<typeof openDatabase>>["db"],
  actors: Actor[],
  perClaimer: number,
  thinkMs: number,
  label: string,
): Promise<Phase> {
  const latencies: number[] = [];
  const claimed: string[] = [];
  const bar = progressBar(label, actors.length * perClaimer);

  const started = performance.now();
  await Promise.all(
    actors.map(async (actor, a) => {
      // Stagger paced claimers so they do not all arrive together.
      if (thinkMs > 0) await sleep((thinkMs * a) / actors.length);
      for (let i = 0; i < perClaimer; i++) {
        const t = performance.now();
        const claim = await claimNext(db, actor, "bench");
        latencies.push(performance.now() - t);
        if (claim) claimed.push(claim.item.id);
        bar.update(latencies.length);
        if (thinkMs > 0) await sleep(thinkMs);
      }
    }),
  );
  bar.finish();
  latencies.sort((x, y) => x - y);
  return { latencies, claimed, seconds: (performance.now() - started) / 1000 };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function summary(phase: Phase) {
  return {
    claims: phase.claimed.length,
    perSecond: phase.claimed.length / phase.seconds,
    p50Ms: percentile(phase.latencies, 50),
    p95Ms: percentile(phase.latencies, 95),
    p99Ms: percentile(phase.latencies, 99),
  };
}

export async function benchClaim() {
  const url = await freshTestDatabase("tideline_bench_claim");
  const database = await openDatabase({ kind: "postgres", url, max: CLAIMERS });
  const { db } = database;
  try {
    await seed(db);
    const actors = await reviewers(db);
    const perClaimer = CLAIMS / CLAIMERS / 2;

    // Closed loop: every claimer claims again the moment it has an answer.
    const closed = await runPhase(db, actors, perClaimer, 0, "closed loop");
    // Paced: a claim every 250 ms per claimer, faster than any person labels.
    const paced = await runPhase(db, actors, perClaimer, 250, "paced, 250 ms apart");

    const claimed = [...closed.claimed, ...paced.claimed];
    const [duplicates] = rowsOf<{ n: number }>(
      await db.execute(sql`
        select count(*)::int as n from (
          select item_id from review_lease where state = 'live' group by item_id
          having count(*) > 1) d`),
    );
    const c = summary(closed);
    const p = summary(paced);
    return {
      items: ITEMS,
      claimers: CLAIMERS,
      claims: claimed.length,
      distinctItems: new Set(claimed).size,
      itemsWithTwoLiveLeases: duplicates?.n ?? -1,
      closedLoopPerSecond: c.perSecond,
      closedLoopP50Ms: c.p50Ms,
      closedLoopP95Ms: c.p95Ms,
      pacedPerSecond: p.perSecond,
      pacedP50Ms: p.p50Ms,
      pacedP95Ms: p.p95Ms,
      pacedP99Ms: p.p99Ms,
    };
  } finally {
    await database.close();
  }
}
