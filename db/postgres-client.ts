import type { Sql } from "postgres";

import type { Db } from "./types";

/**
 * The postgres.js client behind a handle opened on PostgreSQL, for what
 * drizzle does not offer (COPY). Null on PGlite and inside a drizzle
 * transaction, whose callers take the portable path.
 */
export function postgresClient(db: Db): Sql | null {
  const client = (db as { $client?: unknown }).$client;
  return isPostgresJs(client) ? client : null;
}

function isPostgresJs(client: unknown): client is Sql {
  // A postgres.js client is a tagged-template function; PGlite's is an object.
  return typeof client === "function" && typeof (client as Sql).begin === "function";
}
