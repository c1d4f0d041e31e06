/**
 * Ingestion throughput and latency, through the HTTP API of the production
 * build, on PostgreSQL (side by side with a plain COPY of the same rows into
 * the same table) and on the embedded database.
 */
import os from "node:os";
import path from "node:path";
import fs from "node:fs";

import postgres from "postgres";

import { progressBar } from "../scripts/progress";
import { type CpuSnapshot, cpuPerRow, cpuSnapshot } from "./cpu";
import { freshTestDatabase } from "../tests/support/test-database";
import { api, percentile, postJson, startServer } from "./server";

const MODEL = "bench";
const REGION = "bench-region";
const BATCH = 1_000;
const WARM_UP_BATCHES = 30;
const SUSTAINED_BATCHES = 240;
// The API and the COPY baseline take turns in rounds, each on a table of the
// same size: this machine's speed drifts by tens of percent over a minute,
// and one long run of each would compare two different machines.
const ROUNDS = 4;
// Each of the 8 paced senders flushes 100 predictions this often: 3,200 a
// second together, a steady fleet of model services well below saturation.
const PACE_MS = 250;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function predictions(prefix: string, n: number) {
  return Array.from({ length: n }, (_, i) => {
    const churn = ((i * 7919) % 1000) / 1000;
    const stay = Math.round((1 - churn) * 1e6) / 1e6;
    return {
      id: `${prefix}-${i}`,
      model: MODEL,
      modelVersion: "v1",
      region: REGION,
      client: `client-${i % 10}`,
      timestamp: new Date(Date.UTC(2026, 11, 1, 0, 0, i % 86_400)).toISOString(),
      features: {
        age: 18 + (i % 60),
        plan: ["free", "pro", "team"][i % 3],
        spend: i % 997,
      },
      text: `Customer note ${i}`,
      output: {
        label: churn >= 0.5 ? "churn" : "stay",
        probabilities: { stay, churn: 1 - stay },
      },
      latencyMs: 5 + (i % 20),
      explanation: {
        attributions: { age: 0.1, plan: -0.05 },
        decisionPath: ["plan == pro"],
      },
    };
  });
}

async function setUp(url: string) {
  await api(url, `/api/v1/regions/${REGION}`, "PUT", { name: "Bench" });
  await api(url, `/api/v1/models/${MODEL}`, "PUT", {
    name: "Bench",
    labels: ["stay", "churn"],
    features: [
      { name: "age", type: "numerical" },
      { name: "plan", type: "categorical" },
      { name: "spend", type: "numerical" },
    ],
    flagging: { strategy: "least_confidence", threshold: 0.4, auditRate: 0.02 },
  });
}

/** `clients` concurrent senders share `batches` batches; answers the seconds taken. */
async function sustained(
  url: string,
  label: string,
  batches: number,
  clients: number,
  cpu?: CpuTally,
) {
  // Serialized before the clock starts, as the COPY baseline's lines are: a
  // model service builds its requests on its own machine, not on the server's.
  const bodies = Array.from({ length: batches }, (_, b) =>
    Buffer.from(JSON.stringify({ predictions: predictions(`${label}-${b}`, BATCH) })),
  );
  const bar = progressBar(`${label}: ${batches} batches of ${BATCH}`, batches);
  let next = 0;
  let done = 0;

  const started = performance.now();
  const before = cpu?.snapshot();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (next < bodies.length) {
        const body = bodies[next++]!;
        const result = (await postJson(url, "/api/v1/predictions", body)) as {
          accepted: number;
        };
        if (result.accepted !== BATCH) throw new Error(`accepted ${result.accepted}`);
        bar.update(++done);
      }
    }),
  );
  if (before) cpu!.add(before);
  bar.finish();
  return (performance.now() - started) / 1000;
}

/**
 * `clients` senders of 100-prediction requests. With `everyMs` each sends one
 * request that often (a model service's steady flush); without it each sends
 * the next the moment it has an answer (a closed loop, which on two cores
 * measures queueing more than the request).
 */
async function latencyUnderLoad(
  url: string,
  label: string,
  clients: number,
  requests: number,
  everyMs?: number,
) {
  const latencies: number[] = [];
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      // Spread the paced senders over the period instead of firing in step.
      if (everyMs) await sleep((everyMs * c) / clients);
      for (let r = 0; r < requests; r++) {
        const body = Buffer.from(
          JSON.stringify({ predictions: predictions(`${label}-${c}-${r}`, 100) }),
        );
        const started = performance.now();
        await postJson(url, "/api/v1/predictions", body);
        const took = performance.now() - started;
        latencies.push(took);
        if (everyMs) await sleep(Math.max(0, everyMs - took));
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return {
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    n: latencies.length,
  };
}

/** A plain COPY of the rows the server would store, into the same table: seconds. */
async function copyBaseline(
  databaseUrl: string,
  prefix: string,
  rows: number,
  cpu?: CpuTally,
) {
  const sql = postgres(databaseUrl, { max: 1, onnotice: () => {} });
  const columns = [
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
    "explanation",
    "uncertainty",
    "review_probability",
  ];
  const lines = predictions(prefix, rows).map((p) =>
    [
      p.model,
      p.id,
      p.modelVersion,
      p.region,
      p.client,
      p.timestamp,
      JSON.stringify(p.features),
      p.text,
      p.output.label,
      JSON.stringify(p.output.probabilities),
      p.latencyMs,
      JSON.stringify(p.explanation),
      0.3,
      0.02,
    ]
      .map((v) =>
        String(v).replace(/\\/g, "\\\\").replace(/\t/g, "\\t").replace(/\n/g, "\\n"),
      )
      .join("\t"),
  );

  const started = performance.now();
  const before = cpu?.snapshot();
  const stream =
    await sql`copy prediction (${sql.unsafe(columns.join(", "))}) from stdin`.writable();
  await new Promise<void>((resolve, reject) => {
    stream.on("error", reject);
    stream.on("finish", resolve);
    for (let i = 0; i < lines.length; i += BATCH) {
      stream.write(lines.slice(i, i + BATCH).join("\n") + "\n");
    }
    stream.end();
  });
  const seconds = (performance.now() - started) / 1000;
  if (before) cpu!.add(before);
  await sql.end();
  return seconds;
}

/** CPU time of the timed parts of a phase's rounds, summed. */
class CpuTally {
  private spent: CpuSnapshot = { total: 0, server: 0, self: 0 };

  constructor(private readonly serverPid: number | undefined) {}

  snapshot(): CpuSnapshot {
    return cpuSnapshot(this.serverPid);
  }

  /** Adds what was spent since `before`. */
  add(before: CpuSnapshot) {
    const after = this.snapshot();
    for (const group of ["total", "server", "self"] as const) {
      this.spent[group] += after[group] - before[group];
    }
  }

  perRow(rows: number) {
    return cpuPerRow({ total: 0, server: 0, self: 0 }, this.spent, rows);
  }
}

function prefixed(prefix: string, figures: Record<string, number>) {
  return Object.fromEntries(
    Object.entries(figures).map(([group, value]) => [
      prefix + group[0]!.toUpperCase() + group.slice(1),
      value,
    ]),
  );
}

export async function benchIngest() {
  const results: Record<string, number | string> = {};

  const databaseUrl = await freshTestDatabase("tideline_bench_ingest");
  const pg = await startServer(3300, { DATABASE_URL: databaseUrl });
  try {
    await setUp(pg.url);
    // A server runs for days: the figure is its steady state, after the JIT
    // has compiled the request path, over long enough to average out noise.
    await sustained(pg.url, "warm-up", WARM_UP_BATCHES, 4);
    const perRound = SUSTAINED_BATCHES / ROUNDS;
    let apiSeconds = 0;
    let copySeconds = 0;
    const apiCpu = new CpuTally(pg.pid);
    const copyCpu = new CpuTally(pg.pid);
    for (let round = 0; round < ROUNDS; round++) {
      const label = `postgres ${round + 1}/${ROUNDS}`;
      apiSeconds += await sustained(pg.url, label, perRound, 4, apiCpu);
      copySeconds += await copyBaseline(
        databaseUrl,
        `copy-${round}`,
        perRound * BATCH,
        copyCpu,
      );
    }
    const rows = SUSTAINED_BATCHES * BATCH;
    results.postgresPerSecond = rows / apiSeconds;
    results.copyPerSecond = rows / copySeconds;
    Object.assign(results, prefixed("apiCpuUs", apiCpu.perRow(rows)));
    Object.assign(results, prefixed("copyCpuUs", copyCpu.perRow(rows)));
    const paced = await latencyUnderLoad(pg.url, "paced", 8, 40, PACE_MS);
    results.pacedP50Ms = paced.p50;
    results.pacedP95Ms = paced.p95;
    const closed = await latencyUnderLoad(pg.url, "closed", 8, 40);
    results.closedLoopP50Ms = closed.p50;
    results.closedLoopP95Ms = closed.p95;
  } finally {
    await pg.stop();
  }

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "tideline-bench-"));
  const lite = await startServer(3301, { TIDELINE_DATA_DIR: dataDir });
  try {
    await setUp(lite.url);
    await sustained(lite.url, "warm-up", 2, 2);
    results.pglitePerSecond = (20 * BATCH) / (await sustained(lite.url, "pglite", 20, 2));
  } finally {
    await lite.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }

  results.ratioToCopy =
    (results.postgresPerSecond as number) / (results.copyPerSecond as number);
  return results;
}
