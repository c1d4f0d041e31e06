import fs from "node:fs";
import path from "node:path";

import { lockDataDir } from "./data-dir-lock";
import { migratePglite, migratePostgres } from "./migrate";
import * as schema from "./schema";
import type { Database, Db } from "./types";

export type DatabaseTarget =
  | { kind: "postgres"; url: string; max?: number }
  | { kind: "pglite"; dataDir: string | null };

/** Where the environment says the database is: PostgreSQL if DATABASE_URL is set. */
export function targetFromEnv(
  env: Record<string, string | undefined> = process.env,
): DatabaseTarget {
  if (env.DATABASE_URL) return { kind: "postgres", url: env.DATABASE_URL };

  const dataDir = path.resolve(
    /* turbopackIgnore: true */ env.TIDELINE_DATA_DIR ?? "data/tideline",
  );
  return { kind: "pglite", dataDir };
}

/** Opens the database and applies pending migrations before handing it out. */
export async function openDatabase(target: DatabaseTarget): Promise<Database> {
  if (target.kind === "postgres") {
    await migratePostgres(target.url);
    return openPostgres(target.url, target.max);
  }

  const database = await openPglite(target.dataDir);
  await migratePglite(database);
  return database;
}

async function openPostgres(url: string, max = 10): Promise<Database> {
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");

  const client = postgres(url, { max, onnotice: () => {} });
  preparePlans(client);
  const db = drizzle({ client, schema }) as unknown as Db;
  return { db, kind: "postgres", close: () => client.end({ timeout: 5 }) };
}

/**
 * drizzle's raw `execute()` asks postgres.js not to prepare, so PostgreSQL
 * plans every claim and every ingest statement anew, which costs more than
 * running them. Prepared, each connection plans a statement text once.
 */
function preparePlans(client: { unsafe: (...args: never[]) => unknown }) {
  const unsafe = client.unsafe.bind(client) as (
    q: string,
    p?: unknown[],
    o?: object,
  ) => unknown;
  client.unsafe = ((query: string, params?: unknown[], options?: object) =>
    unsafe(query, params, { ...options, prepare: true })) as never;
}

async function openPglite(dataDir: string | null): Promise<Database> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");

  let unlock = () => {};
  if (dataDir) {
    fs.mkdirSync(dataDir, { recursive: true });
    unlock = lockDataDir(dataDir);
  }

  const client = dataDir ? await PGlite.create(dataDir) : await PGlite.create();
  const db = drizzle({ client, schema }) as unknown as Db;
  const close = async () => {
    await client.close();
    unlock();
  };
  return { db, kind: "pglite", close };
}
