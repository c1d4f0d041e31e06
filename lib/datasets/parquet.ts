import {
  ByteWriter,
  type ColumnSource,
  ParquetWriter,
  type SchemaElement,
} from "hyparquet-writer";

import type { FeatureSpec } from "@/db/schema";
import type { DatasetRowView } from "@/lib/contract/datasets";

import type { KeyedRow } from "./version-rows";

// Rows per row group: the writer holds one group in memory before writing it.
const ROW_GROUP_ROWS = 10_000;

// Named in the footer instead of a creation time, so the bytes depend on the rows only.
const CREATED_BY = "hyparquet-writer";

// Snappy is implemented in JavaScript by the writer, so its output does not
// change with the zlib that a Node release bundles: the same rows, the same bytes.
const text = { type: "UTF8", optional: true, compression: "SNAPPY" } as const;
const required = { type: "UTF8", compression: "SNAPPY" } as const;
const double = { type: "DOUBLE", optional: true, compression: "SNAPPY" } as const;

interface ColumnSpec {
  type: "UTF8" | "DOUBLE" | "TIMESTAMP_MILLIS";
  optional?: boolean;
  compression: "SNAPPY";
}

/** Column name and Parquet type, in file order; the manifest states the same. */
export function parquetColumns(features: readonly FeatureSpec[]): [string, ColumnSpec][] {
  return [
    ["predictionId", text],
    ["modelVersion", text],
    ["region", text],
    ["client", text],
    ["timestamp", { type: "TIMESTAMP_MILLIS", optional: true, compression: "SNAPPY" }],
    ["text", text],
    ["predictedLabel", text],
    ["label", required],
    ["source", required],
    ["agreement", double],
    ...features.map((f): [string, ColumnSpec] => [
      `feature_${f.name}`,
      f.type === "numerical" ? double : text,
    ]),
  ];
}

// The physical types the export has always had, so readers see the same schema.
const PHYSICAL: Record<ColumnSpec["type"], Omit<SchemaElement, "name">> = {
  UTF8: { type: "BYTE_ARRAY", converted_type: "UTF8" },
  DOUBLE: { type: "DOUBLE" },
  TIMESTAMP_MILLIS: { type: "INT64", converted_type: "TIMESTAMP_MILLIS" },
};

/** The flat file schema: a root, then one leaf per column. */
function fileSchema(columns: [string, ColumnSpec][]): SchemaElement[] {
  const leaves = columns.map(([name, spec]): SchemaElement => ({
    ...PHYSICAL[spec.type],
    name,
    repetition_type: spec.optional ? "OPTIONAL" : "REQUIRED",
  }));
  return [{ name: "root", num_children: leaves.length }, ...leaves];
}

type Cell = string | number | null;

// One row's cells in file order. The timestamp goes in as epoch milliseconds,
// which the writer stores as the INT64 of TIMESTAMP_MILLIS without a Date per row.
function cells(row: DatasetRowView, features: readonly FeatureSpec[]): Cell[] {
  return [
    row.predictionId,
    row.modelVersion,
    row.region,
    row.client,
    row.timestamp === null ? null : Date.parse(row.timestamp),
    row.text,
    row.predictedLabel,
    row.label,
    row.source,
    row.agreement,
    ...features.map((f) => featureValue(row.features[f.name], f)),
  ];
}

function featureValue(value: unknown, spec: FeatureSpec): Cell {
  if (value === null || value === undefined) return null;
  if (spec.type === "numerical") return typeof value === "number" ? value : null;
  return String(value);
}

/**
 * The rows of the row group being filled, held column by column: our schema is
 * flat, so the writer takes each column's values as they are, with no shredding.
 */
class RowGroup {
  private values: Cell[][] = [];

  constructor(private readonly columns: [string, ColumnSpec][]) {
    this.clear();
  }

  get rows() {
    return this.values[0]!.length;
  }

  add(row: Cell[]) {
    row.forEach((cell, c) => this.values[c]!.push(cell));
  }

  take(): ColumnSource[] {
    const sources = this.columns.map(([name, spec], c) => ({
      name,
      data: this.values[c]!,
      codec: spec.compression,
    }));
    this.clear();
    return sources;
  }

  private clear() {
    this.values = this.columns.map(() => []);
  }
}

/**
 * The bytes written since the last drain, copied out; the writer then reuses
 * its buffer from the start, so it never grows past one row group. Its `offset`
 * keeps counting the whole file, which the footer's column offsets rely on.
 */
function drain(writer: ByteWriter): Uint8Array {
  const bytes = writer.getBytes().slice();
  writer.index = 0;
  return bytes;
}

/**
 * Encodes batches of rows as one Parquet file, yielding bytes as row groups
 * are completed, so memory holds at most one group. No creation time is
 * written: the footer names only the writer library. The bytes also depend on
 * that library's encoder, which is why package.json pins its exact version.
 */
export async function* parquetChunks(
  batches: AsyncIterable<KeyedRow[]>,
  features: readonly FeatureSpec[],
): AsyncGenerator<Uint8Array> {
  const columns = parquetColumns(features);
  const bytes = new ByteWriter();
  const writer = new ParquetWriter({
    writer: bytes,
    schema: fileSchema(columns),
    createdBy: CREATED_BY,
  });
  const group = new RowGroup(columns);
  const writeGroup = () =>
    writer.write({ columnData: group.take(), rowGroupSize: ROW_GROUP_ROWS });

  for await (const batch of batches) {
    for (const { row } of batch) {
      group.add(cells(row, features));
      if (group.rows === ROW_GROUP_ROWS) await writeGroup();
    }
    if (bytes.index > 0) yield drain(bytes);
  }
  if (group.rows > 0) await writeGroup();
  await writer.finish();
  yield drain(bytes);
}
