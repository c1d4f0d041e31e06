import { sql } from "drizzle-orm";

import { rowsOf } from "@/db/rows";
import type { Db } from "@/db/types";
import type { ExportFormat } from "@/lib/contract/datasets";

import type { VersionRow } from "./access";
import { CONTENT_TYPES } from "./export";

/** A file name safe in any header and file system: the dataset's name, slugged. */
export function exportFileName(name: string, version: number, format: ExportFormat) {
  const slug =
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 80) || "dataset";
  return `${slug}-v${version}.${format}`;
}

/**
 * Headers of an export. The length is sent when it is known (once the manifest
 * has measured the format) so that browsers show progress.
 */
export async function exportHeaders(
  db: Db,
  version: VersionRow,
  format: ExportFormat,
  fileName: string,
): Promise<Record<string, string>> {
  const headers: Record<string, string> = {
    "content-type": CONTENT_TYPES[format],
    "content-disposition": `attachment; filename="${fileName}"`,
    "cache-control": "private, no-store",
    "x-dataset-rows": String(version.rows),
  };

  const bytes = await keptBytes(db, version, format);
  if (bytes !== null) headers["content-length"] = String(bytes);
  return headers;
}

async function keptBytes(db: Db, version: VersionRow, format: ExportFormat) {
  const [kept] = rowsOf<{ bytes: number }>(
    await db.execute(sql`
      select bytes::float8 as bytes from dataset_version_file
      where version_id = ${version.id} and format = ${format}`),
  );
  return kept ? Number(kept.bytes) : null;
}
