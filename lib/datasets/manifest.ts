import { sql } from "drizzle-orm";

import { rowsOf } from "@/db/rows";
import type { Db } from "@/db/types";
import type { Actor } from "@/lib/auth/actor";
import type { ExportFormat, ManifestView } from "@/lib/contract/datasets";

import { log } from "@/lib/log";

import { findVersion, loadVersion, type VersionRow } from "./access";
import { CONTENT_TYPES, digestExport } from "./export";
import { parquetColumns } from "./parquet";

const EXPORT_FORMATS = ["jsonl", "csv", "parquet"] as const;

/**
 * The sha256 and length of one export format, computed on first request and
 * kept: safe because a version's rows never change and its exports are
 * byte-identical every time.
 */
export async function formatDigest(db: Db, version: VersionRow, format: ExportFormat) {
  const [kept] = rowsOf<{ sha256: string; bytes: number }>(
    await db.execute(sql`
      select sha256, bytes::float8 as bytes from dataset_version_file
      where version_id = ${version.id} and format = ${format}`),
  );
  if (kept) return { sha256: kept.sha256, bytes: Number(kept.bytes) };

  const digest = await digestExport(db, version, format);
  await db.execute(sql`
    insert into dataset_version_file (version_id, format, sha256, bytes)
    values (${version.id}, ${format}, ${digest.sha256}, ${digest.bytes})
    on conflict do nothing`);
  return digest;
}

/**
 * Measures every format of a new version in the background, so that its
 * downloads carry their length (browsers show progress) and its manifest
 * answers at once. Work lost with the process loses nothing: the manifest
 * measures whatever is missing when it is asked for.
 */
export function measureInBackground(db: Db, datasetId: string, version: number) {
  const measure = async () => {
    const row = await findVersion(db, datasetId, version);
    for (const format of EXPORT_FORMATS) await formatDigest(db, row!, format);
  };
  measure().catch((error: unknown) =>
    log.warn({ err: error, datasetId, version }, "measuring the exports failed"),
  );
}

function schemaOf(version: VersionRow): ManifestView["schema"] {
  return parquetColumns(version.features).map(([name, spec]) => ({
    name,
    type: spec.type,
    nullable: spec.optional === true,
  }));
}

export async function versionManifest(
  db: Db,
  actor: Actor,
  datasetId: string,
  version: number,
): Promise<ManifestView> {
  const found = await loadVersion(db, actor, datasetId, version);
  const formats: ManifestView["formats"] = {};
  for (const format of EXPORT_FORMATS) {
    const digest = await formatDigest(db, found.version, format);
    formats[format] = { ...digest, contentType: CONTENT_TYPES[format] };
  }

  return {
    dataset: found.dataset.id,
    name: found.dataset.name,
    model: found.dataset.modelKey,
    version,
    rows: found.version.rows,
    sha256: found.version.sha256,
    schema: schemaOf(found.version),
    formats,
  };
}
