import { bootstrap, DEFAULT_ADMIN_EMAIL } from "@/lib/bootstrap";
import { hashUnhashedVersions } from "@/lib/datasets/content-hash";
import { demoEnabled, startDemoSeed } from "@/lib/demo/start";
import { log } from "@/lib/log";

import { getDatabase } from "./database";

/**
 * Opens the database and, in the first worker, bootstraps and starts the
 * jobs. Next.js would go on serving after a failed start, answering every
 * request with an error: a server that cannot open its database exits.
 */
export async function startServer() {
  try {
    await start();
  } catch (error) {
    log.fatal({ err: error }, "server could not start");
    process.exit(1);
  }
}

async function start() {
  const port = process.env.PORT ?? "3000";
  process.env.NEXTAUTH_URL ??= `http://localhost:${port}`;

  const started = performance.now();
  const { db, kind } = await getDatabase();
  // With several workers (scripts/serve.mjs), the first bootstraps, speaks and
  // runs the start-up jobs; the others only migrate (under a lock) and serve.
  if ((process.env.TIDELINE_WORKER ?? "0") !== "0") return announceReady();

  const { firstAdmin } = await bootstrap(db);
  log.info(
    { database: kind, ms: Math.round(performance.now() - started) },
    "database ready",
  );

  const demo = demoEnabled(kind);
  printBanner(process.env.NEXTAUTH_URL, firstAdmin, demo);
  announceReady();

  // In the background: the server must be up to answer the seed's requests.
  if (demo) startDemoSeed(db, `http://127.0.0.1:${port}`);
  hashUnhashedVersions(db).then(
    (hashed) => hashed > 0 && log.info({ hashed }, "dataset versions hashed"),
    (error: unknown) => log.error({ err: error }, "hashing dataset versions failed"),
  );
}

/**
 * Tells scripts/serve.mjs, when it started this process, that the database is
 * open and migrated: a worker that exits before this could not start at all.
 */
function announceReady() {
  process.send?.({ tideline: "ready" });
}

function printBanner(
  url: string,
  firstAdmin: { email: string; password?: string } | null,
  demo: boolean,
) {
  const email =
    firstAdmin?.email ?? process.env.TIDELINE_ADMIN_EMAIL ?? DEFAULT_ADMIN_EMAIL;
  const password =
    firstAdmin?.password ??
    (process.env.TIDELINE_ADMIN_PASSWORD
      ? "(the one in TIDELINE_ADMIN_PASSWORD)"
      : `(shown at first start; to reset: npm run cli -- user set-password ${email})`);

  // A banner for the person at the terminal, not a log line: printed once per
  // start, and the generated password only on the start that created it.
  process.stdout.write(
    [
      "",
      "  Tideline is ready",
      `  URL       ${url}`,
      `  E-mail    ${email}`,
      `  Password  ${password}`,
      ...(demo
        ? [
            "  Demo      the penguins model and its predictions (seeded once, in the background)",
          ]
        : []),
      "",
    ].join("\n") + "\n",
  );
}
