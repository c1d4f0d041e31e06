import { sql } from "drizzle-orm";

import { rowsOf } from "@/db/rows";
import type { Db } from "@/db/types";
import type { Actor } from "@/lib/auth/actor";
import type { ExportFormat, ManifestView } from "@/lib/contract/datasets";

import { loadVersion, type VersionRow } from "./access";
import { CONTENT_TYPES, digestExport } from "./export";
import { parquetColumns } from "./parquet";

/**
 * The digest of one format: JSONL's is the version's own (taken at the cut);
 * the others are computed on first request and kept, which is safe because a
 * version's rows never change.
 */
export async function formatDigest(db: Db, version: VersionRow, format: ExportFormat) {
  if (format === "jsonl") return { sha256: version.sha256, bytes: version.jsonlBytes };

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
  for (const format of ["jsonl", "csv", "parquet"] as const) {
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
