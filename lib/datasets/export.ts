import { createHash } from "node:crypto";

import type { FeatureSpec } from "@/db/schema";
import type { Db } from "@/db/types";
import type { ExportFormat } from "@/lib/contract/datasets";

import { csvHeader, csvRow } from "./csv";
import { jsonlLine } from "./jsonl";
import { parquetChunks } from "./parquet";
import { ioTurn, slices } from "./slices";
import { decodeStored, type EncodedRow, streamPages, toKeyed } from "./version-rows";

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  jsonl: "application/x-ndjson; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  parquet: "application/vnd.apache.parquet",
};

export interface ExportSource {
  id: number;
  features: readonly FeatureSpec[];
}

/**
 * A version's export as a sequence of byte chunks, read a batch at a time in
 * key order. Nothing in the bytes depends on when or where it runs, so the
 * same version always gives the same file.
 */
export async function* exportChunks(
  db: Db,
  version: ExportSource,
  format: ExportFormat,
): AsyncGenerator<Uint8Array> {
  const pages = streamPages(db, version.id);

  if (format === "parquet") {
    yield* parquetChunks(keyedSlices(pages), version.features);
    return;
  }

  const line =
    format === "csv"
      ? (row: EncodedRow) => csvRow(toKeyed(decodeStored(row)).row, version.features)
      : (row: EncodedRow) => jsonlLine(decodeStored(row));
  if (format === "csv") yield Buffer.from(csvHeader(version.features));
  for await (const page of pages) {
    for (const slice of slices(page)) {
      let text = "";
      for (const row of slice) text += line(row);
      yield Buffer.from(text);
      await ioTurn();
    }
  }
}

async function* keyedSlices(pages: AsyncIterable<EncodedRow[]>) {
  for await (const page of pages) {
    for (const slice of slices(page)) {
      yield slice.map((row) => toKeyed(decodeStored(row)));
      await ioTurn();
    }
  }
}

/** The sha256 and length of a version's export, streamed: the file is never held whole. */
export async function digestExport(db: Db, version: ExportSource, format: ExportFormat) {
  const hash = createHash("sha256");
  let bytes = 0;

  for await (const chunk of exportChunks(db, version, format)) {
    hash.update(chunk);
    bytes += chunk.byteLength;
  }
  return { sha256: hash.digest("hex"), bytes };
}

/** The export as a web stream for a Response; the reader pulls one batch at a time. */
export function exportStream(db: Db, version: ExportSource, format: ExportFormat) {
  const chunks = exportChunks(db, version, format);

  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(next.value);
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}
