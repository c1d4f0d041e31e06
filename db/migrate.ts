import path from "node:path";

import type { Database } from "./types";

const MIGRATIONS_FOLDER = path.join(process.cwd(), "db", "migrations");

// Any constant shared by every Tideline instance: instances starting together
// on one PostgreSQL take turns at migrating instead of racing to create tables.
const MIGRATION_LOCK_KEY = 7_341_002;

export async function migratePglite(database: Database): Promise<void> {
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  await migrate(database.db as never, { migrationsFolder: MIGRATIONS_FOLDER });
}

/** Migrates over one dedicated connection that holds the advisory lock throughout. */
export async function migratePostgres(url: string): Promise<void> {
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const { migrate } = await import("drizzle-orm/postgres-js/migrator");

  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await client`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
    await migrate(drizzle({ client }), { migrationsFolder: MIGRATIONS_FOLDER });
    await client`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`;
  } finally {
    await client.end({ timeout: 5 });
  }
}
