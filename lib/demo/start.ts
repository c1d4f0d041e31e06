import { eq } from "drizzle-orm";

import { TidelineClient } from "@/clients/typescript/tideline-client";
import { setting } from "@/db/schema";
import type { DatabaseKind, Db } from "@/db/types";
import type { Actor } from "@/lib/auth/actor";
import { SCOPES } from "@/lib/auth/scopes";
import { log } from "@/lib/log";
import { createToken, revokeToken } from "@/lib/tokens";

import { seedDemo } from "./seed";

/** Taken once per database: `running`, then `done` or `failed`. */
const SEEDED_KEY = "demo_seeded";
const HEALTH_TIMEOUT_MS = 120_000;
const HEALTH_POLL_MS = 500;

const DEMO_ACTOR: Actor = {
  kind: "service",
  id: "demo",
  name: "demo seed",
  role: null,
  scopes: new Set(SCOPES),
  regions: "all",
  via: "token",
  tokenId: null,
  ratePerSecond: null,
};

type Env = Record<string, string | undefined>;

/** On with TIDELINE_DEMO=on; on the embedded database unless TIDELINE_DEMO=off. */
export function demoEnabled(kind: DatabaseKind, env: Env = process.env): boolean {
  if (env.TIDELINE_DEMO === "on") return true;
  return kind === "pglite" && env.TIDELINE_DEMO !== "off";
}

/**
 * Seeds the demo in the background through this server's own API, once per
 * database: start-up does not wait for it, and a failure is logged, not retried.
 */
export function startDemoSeed(db: Db, baseUrl: string): void {
  seedOnce(db, baseUrl).catch((error: unknown) => {
    log.error({ err: error }, "demo: seeding could not run");
  });
}

async function seedOnce(db: Db, baseUrl: string) {
  // The insert is the lock: of several instances on one database, one wins.
  const claimed = await db
    .insert(setting)
    .values({ key: SEEDED_KEY, value: "running" })
    .onConflictDoNothing()
    .returning({ key: setting.key });
  if (claimed.length === 0) return;

  // LIMITATION: a process that dies mid-seed leaves `running` behind, and the
  // demo is not seeded again on that database; delete the setting to retry.
  const started = performance.now();
  log.info({ baseUrl }, "demo: seeding started");

  let state = "failed";
  let tokenId: string | null = null;
  try {
    const { token, secret } = await createToken(db, DEMO_ACTOR, {
      name: "demo seed",
      kind: "service",
      scopes: ["admin", "ingest"],
      regions: null,
      expiresInDays: 1,
      ratePerSecond: null,
    });
    tokenId = token.id;

    await waitForHealth(baseUrl);
    const summary = await seedDemo(new TidelineClient({ baseUrl, token: secret }));

    state = "done";
    log.info({ ...summary, ms: Math.round(performance.now() - started) }, "demo: done");
  } catch (error) {
    log.error({ err: error }, "demo: seeding failed; it is not retried on this database");
  } finally {
    if (tokenId) await revokeToken(db, DEMO_ACTOR, tokenId);
    await db.update(setting).set({ value: state }).where(eq(setting.key, SEEDED_KEY));
  }
}

/** Waits until the server answers its health check. */
async function waitForHealth(baseUrl: string) {
  const client = new TidelineClient({ baseUrl, token: "", maxRetries: 0 });
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;

  for (;;) {
    try {
      await client.health();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, HEALTH_POLL_MS));
    }
  }
}
