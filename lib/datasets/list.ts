import { asc, desc, eq, inArray } from "drizzle-orm";

import { dataset, datasetVersion } from "@/db/schema";
import type { Db } from "@/db/types";
import type { Actor } from "@/lib/auth/actor";
import type { DatasetView, VersionView } from "@/lib/contract/datasets";

import { canRead, type DatasetRow, loadDataset, type VersionRow } from "./access";
import { countBase } from "./base";

export function toVersionView(row: VersionRow): VersionView {
  return {
    version: row.version,
    rows: row.rows,
    sha256: row.sha256,
    trigger: row.trigger,
    labelCounts: row.labelCounts,
    basePolicy: row.basePolicy,
    feedbackRows: row.feedbackRows,
    baseRows: row.baseRows,
    conflicts: row.conflicts,
    createdBy: row.createdByName,
    createdAt: row.createdAt.toISOString(),
  };
}

function toDatasetView(
  row: DatasetRow,
  versions: VersionRow[],
  baseRows: number,
): DatasetView {
  const latest = versions.reduce<VersionRow | null>(
    (best, v) => (!best || v.version > best.version ? v : best),
    null,
  );
  return {
    id: row.id,
    name: row.name,
    model: row.modelKey,
    filter: { ...row.filter },
    baseRows,
    createdBy: row.createdByName,
    createdAt: row.createdAt.toISOString(),
    latest: latest ? toVersionView(latest) : null,
    versionCount: versions.length,
  };
}

/** The datasets the actor may read (all of whose regions they see), newest first. */
export async function listDatasets(db: Db, actor: Actor): Promise<DatasetView[]> {
  const rows = (await db.select().from(dataset).orderBy(desc(dataset.createdAt))).filter(
    (row) => canRead(actor, row),
  );
  if (rows.length === 0) return [];

  const ids = rows.map((row) => row.id);
  const versions = await db
    .select()
    .from(datasetVersion)
    .where(inArray(datasetVersion.datasetId, ids));
  return Promise.all(
    rows.map(async (row) =>
      toDatasetView(
        row,
        versions.filter((v) => v.datasetId === row.id),
        await countBase(db, row.id),
      ),
    ),
  );
}

export async function getDataset(db: Db, actor: Actor, id: string) {
  const row = await loadDataset(db, actor, id);
  const versions = await db
    .select()
    .from(datasetVersion)
    .where(eq(datasetVersion.datasetId, id))
    .orderBy(asc(datasetVersion.version));

  return {
    dataset: toDatasetView(row, versions, await countBase(db, id)),
    versions: versions.map(toVersionView),
  };
}
