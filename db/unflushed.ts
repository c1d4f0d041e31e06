import { sql } from "drizzle-orm";

/**
 * A FROM item that makes the statement's own transaction commit without
 * waiting for the WAL flush. For single statements whose effect may be lost
 * in a crash without harm (a rate bucket, a last-used time): on a slow disk
 * the flush costs more than the statement, and this keeps it one round trip.
 */
export const UNFLUSHED_COMMIT = sql`(select set_config('synchronous_commit', 'off', true)) as unflushed`;
