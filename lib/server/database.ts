import "server-only";

import { openDatabase, targetFromEnv } from "@/db/open";
import type { Database } from "@/db/types";

// One database per server process, kept on globalThis so that module reloads
// in development do not open a second PGlite on the same folder.
const holder = globalThis as unknown as { tidelineDatabase?: Promise<Database> };

export function getDatabase(): Promise<Database> {
  holder.tidelineDatabase ??= openDatabase(targetFromEnv());
  return holder.tidelineDatabase;
}

export async function getDb() {
  return (await getDatabase()).db;
}
