// @ts-check
/**
 * Serves the production build: `npm start`, `npm run up` and the benchmarks
 * start Tideline through here. Plain JavaScript because it runs on bare
 * Node.js, where the TypeScript loader (a dev dependency) may be missing.
 *
 * One Node.js process runs its JavaScript on one core, and an ingest request
 * spends more time in JavaScript than in PostgreSQL. So on PostgreSQL this
 * runs one `next start` worker per core behind the one port (node:cluster).
 * They share nothing but the database, as separate instances do: leases, rate
 * limits and the session secret live there. On the embedded database, one
 * worker: PGlite's data folder has a single owner.
 *
 * TIDELINE_WORKERS sets the number of workers (PostgreSQL only).
 */
import cluster from "node:cluster";
import { createRequire } from "node:module";
import os from "node:os";

const NEXT_BIN = createRequire(import.meta.url).resolve("next/dist/bin/next");
const RESTART_DELAY_MS = 1_000;

/** @param {Record<string, string | undefined>} env */
function workerCount(env) {
  if (!env.DATABASE_URL) return 1;

  const asked = Number(env.TIDELINE_WORKERS);
  return Number.isInteger(asked) && asked > 0 ? asked : os.availableParallelism();
}

/** @param {Record<string, unknown>} fields @param {string} msg */
function logError(fields, msg) {
  process.stderr.write(JSON.stringify({ level: "error", ...fields, msg }) + "\n");
}

function serve() {
  const workers = workerCount(process.env);
  // Workers run Next.js itself, with this process's Node.js flags.
  cluster.setupPrimary({ exec: NEXT_BIN, args: ["start", ...process.argv.slice(2)] });

  let stopping = false;

  /** @param {number} index */
  function fork(index) {
    // Worker 0 alone migrates first, prints the banner and runs start-up jobs.
    const worker = cluster.fork({ TIDELINE_WORKER: String(index) });
    let listening = false;
    worker.once("listening", () => (listening = true));
    worker.once("exit", (code, signal) => {
      if (stopping) return;
      if (!listening) {
        // A worker that cannot start (a bad DATABASE_URL, a taken port) would
        // only fail again: stop, with its exit code, as one process would.
        logError({ worker: index, code, signal }, "server worker failed to start");
        stop("SIGTERM", code || 1);
        return;
      }
      logError({ worker: index, code, signal }, "server worker exited; starting another");
      setTimeout(() => fork(index), RESTART_DELAY_MS);
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
  }

  fork(0).once("listening", () => {
    for (let index = 1; index < workers; index++) fork(index);
  });
  for (const signal of /** @type {const} */ (["SIGINT", "SIGTERM"])) {
    process.on(signal, () => stop(signal, 0));
  }
}

serve();
