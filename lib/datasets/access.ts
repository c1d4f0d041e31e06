import { and, eq } from "drizzle-orm";

import { dataset, datasetVersion } from "@/db/schema";
import type { Db } from "@/db/types";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import type { Scope } from "@/lib/auth/scopes";
import { forbidden, notFound } from "@/lib/errors";

export type DatasetRow = typeof dataset.$inferSelect;
export type VersionRow = typeof datasetVersion.$inferSelect;

/**
 * Whether the actor may see every row a dataset can hold. A dataset's regions
 * are fixed when it is defined (null: every region), so reading needs all of
 * them; a dataset over every region is for actors who see every region.
 */
export function canRead(actor: Actor, row: DatasetRow): boolean {
  const regions = row.filter.regions;
  if (!regions) return actor.regions === "all";
  return actor.regions === "all" || regions.every((r) => actor.regions.includes(r));
}

/** The dataset, after checking the actor's scope and regions (404 when unknown). */
export async function loadDataset(
  db: Db,
  actor: Actor,
  id: string,
  scope: Scope = "datasets:read",
): Promise<DatasetRow> {
  const [row] = await db.select().from(dataset).where(eq(dataset.id, id));
  if (!row) throw notFound("Dataset");

  const regions = row.filter.regions;
  if (!regions && actor.regions !== "all") {
    throw forbidden("This dataset spans every region; you see only some.");
  }
  authorize(actor, { scope, region: regions ?? [] });
  return row;
}

export async function loadVersion(
  db: Db,
  actor: Actor,
  datasetId: string,
  version: number,
): Promise<{ dataset: DatasetRow; version: VersionRow }> {
  const found = await loadDataset(db, actor, datasetId);
  const row = await findVersion(db, datasetId, version);
  if (!row) throw notFound(`Version ${version}`);
  return { dataset: found, version: row };
}

/** A version's row with no access check: for the system's own work on it. */
export async function findVersion(
  db: Db,
  datasetId: string,
  version: number,
): Promise<VersionRow | undefined> {
  const [row] = await db
    .select()
    .from(datasetVersion)
    .where(
      and(eq(datasetVersion.datasetId, datasetId), eq(datasetVersion.version, version)),
    );
  return row;
}
