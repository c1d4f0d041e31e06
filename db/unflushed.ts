import { type SQL, sql } from "drizzle-orm";

import type { Db } from "./types";

/**
 * Runs one statement whose effect may be lost in a crash without harm (a rate
 * bucket, a last-used time): its commit does not wait for the WAL flush,
 * which on a slow disk costs more than the statement itself.
 */
export async function withoutWaitingForDisk(db: Db, statement: SQL) {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local synchronous_commit = off`);
    return tx.execute(statement);
  });
}
