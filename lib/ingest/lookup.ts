import { inArray, sql } from "drizzle-orm";

import { model, region } from "@/db/schema";
import type { Db } from "@/db/types";
import type { ModelRow } from "@/lib/models";
import { existingRegions } from "@/lib/regions";

export interface BatchReferences {
  models: Map<string, ModelRow>;
  regions: Set<string>;
}

/**
 * The models and regions a batch names, in one statement: every statement of
 * an ingest request costs both the server and PostgreSQL a round trip's work.
 * The regions ride along on each model row; when no model matches, the batch
 * is refused anyway, and one more query finds the regions for the report.
 */
export async function batchReferences(
  db: Db,
  modelKeys: readonly string[],
  regionKeys: readonly string[],
): Promise<BatchReferences> {
  const known = sql<string[]>`(
    select coalesce(json_agg(${region.key}), '[]'::json) from ${region}
    where ${inArray(region.key, [...regionKeys])})`;
  const rows = await db
    .select({ model, regions: known })
    .from(model)
    .where(inArray(model.key, [...modelKeys]));

  const models = new Map(rows.map((row) => [row.model.key, row.model]));
  const regions = rows[0]
    ? new Set(rows[0].regions)
    : await existingRegions(db, regionKeys);
  return { models, regions };
}
