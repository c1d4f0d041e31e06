import { inject } from "vitest";

import { openDatabase } from "@/db/open";
import type { Database } from "@/db/types";

export const DATABASE_KINDS = ["postgres", "pglite"] as const;

/** The run's PostgreSQL database, or a fresh in-memory PGlite. */
export function openTestDatabase(
  kind: (typeof DATABASE_KINDS)[number],
): Promise<Database> {
  return kind === "postgres"
    ? openDatabase({ kind: "postgres", url: inject("postgresUrl"), max: 20 })
    : openDatabase({ kind: "pglite", dataDir: null });
}
