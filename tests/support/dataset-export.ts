import type { Db } from "@/db/types";
import type { ExportFormat } from "@/lib/contract/datasets";
import type { VersionRow } from "@/lib/datasets/access";
import { exportChunks } from "@/lib/datasets/export";

/** A whole export in memory: fine for the few rows a test makes. */
export async function exportBytes(db: Db, version: VersionRow, format: ExportFormat) {
  const chunks: Uint8Array[] = [];
  for await (const chunk of exportChunks(db, version, format)) chunks.push(chunk);
  return Buffer.concat(chunks);
}

export function jsonlRows(bytes: Buffer) {
  return bytes
    .toString("utf8")
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}
