// @ts-check
/**
 * Serves the production build: `npm start`, `npm run up` and the benchmarks
 * start Tideline through here. Plain JavaScript because it runs on bare
 * Node.js, where the TypeScript loader (a dev dependency) may be missing.
 *
 * One Node.js process runs its JavaScript on one core, and an ingest request
 * spends more time in JavaScript than in PostgreSQL. So on PostgreSQL this
 * runs one `next start` worker per core, up to four, behind the one port
 * (node:cluster).
 * They share nothing but the database, as separate instances do: leases, rate
 * limits and the session secret live there. On the embedded database, one
 * worker: PGlite's data folder has a single owner.
 *
 * TIDELINE_WORKERS sets the number of workers (PostgreSQL only; by default one
 * per core, at most four).
 */
import cluster from "node:cluster";
import { createRequire } from "node:module";
import os from "node:os";

const NEXT_BIN = createRequire(import.meta.url).resolve("next/dist/bin/next");
const RESTART_DELAY_MS = 1_000;
const MAX_RESTART_DELAY_MS = 30_000;
const STOP_TIMEOUT_MS = 10_000;
// Each worker keeps a pool of up to 10 PostgreSQL connections: more than four
// workers would crowd PostgreSQL's default 100 connections once a second
// instance shares it, for little gain (ingestion needs PostgreSQL's cores too).
const DEFAULT_MAX_WORKERS = 4;

/** @param {Record<string, string | undefined>} env */
function workerCount(env) {
  if (!env.DATABASE_URL) return 1;
  if (env.TIDELINE_WORKERS === undefined || env.TIDELINE_WORKERS === "") {
    return Math.min(os.availableParallelism(), DEFAULT_MAX_WORKERS);
  }

  const asked = Number(env.TIDELINE_WORKERS);
  if (Number.isInteger(asked) && asked > 0) return asked;
  logError(
    { TIDELINE_WORKERS: env.TIDELINE_WORKERS },
    "TIDELINE_WORKERS must be a whole number above 0",
  );
  process.exit(1);
}

/** @param {Record<string, unknown>} fields @param {string} msg */
function logError(fields, msg) {
  process.stderr.write(JSON.stringify({ level: "error", ...fields, msg }) + "\n");
}

/** True for the message lib/server/startup.ts sends once the worker's database is ready. */
function isReady(/** @type {unknown} */ message) {
  return (
    typeof message === "object" &&
    message !== null &&
    /** @type {{ tideline?: unknown }} */ (message).tideline === "ready"
  );
}

function serve() {
  const workers = workerCount(process.env);
  // Workers run Next.js itself, with this process's Node.js flags.
  cluster.setupPrimary({ exec: NEXT_BIN, args: ["start", ...process.argv.slice(2)] });

  let stopping = false;

  /**
   * @param {number} index
   * @param {number} failedRestarts restarts of this worker that failed in a row
   */
  function fork(index, failedRestarts = -1) {
    // Worker 0 migrates, prints the banner and runs the start-up jobs; the
    // others start once it is ready. A restarted worker 0 does so again:
    // each step is idempotent.
    const worker = cluster.fork({ TIDELINE_WORKER: String(index) });
    let ready = false;
    worker.on("message", (message) => {
      if (isReady(message)) ready = true;
    });
    worker.once("exit", (code, signal) => {
      if (stopping) return;
      if (!ready && failedRestarts < 0) {
        // A first start that fails (a bad DATABASE_URL, a failed migration, a
        // taken port) would only fail again: stop, as one process would.
        logError({ worker: index, code, signal }, "server worker failed to start");
        stop("SIGTERM", code || 1);
        return;
      }

      // A replacement that fails may meet a passing outage (the database
      // restarting) while the other workers serve: try again, less often.
      const failed = ready ? 0 : failedRestarts + 1;
      const delay = Math.min(MAX_RESTART_DELAY_MS, RESTART_DELAY_MS * 2 ** failed);
      logError(
        { worker: index, code, signal, delay },
        "server worker exited; starting another",
      );
      setTimeout(() => stopping || fork(index, failed), delay);
    });
    return worker;
  }

  /** @param {NodeJS.Signals} signal @param {number} exitCode */
  function stop(signal, exitCode) {
    stopping = true;
    const running = Object.values(cluster.workers ?? {}).filter((w) => w && !w.isDead());
    if (running.length === 0) process.exit(exitCode);

    let left = running.length;
    for (const worker of running) {
      worker?.once("exit", () => --left === 0 && process.exit(exitCode));
      worker?.process.kill(signal);
    }
    // A worker stuck in shutdown must not keep the server from stopping.
    setTimeout(() => {
      for (const worker of running)
        if (!worker?.isDead()) worker?.process.kill("SIGKILL");
    }, STOP_TIMEOUT_MS).unref();
  }

  let othersStarted = false;
  fork(0).on("message", (message) => {
    if (!isReady(message) || othersStarted) return;
    othersStarted = true;
    for (let index = 1; index < workers; index++) fork(index);
  });
  for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) {
    process.on(signal, () => stop(signal, 0));
  }
}

serve();
