import { ParquetSchema, ParquetWriter } from "@dsnp/parquetjs";

import type { FeatureSpec } from "@/db/schema";
import type { DatasetRowView } from "@/lib/contract/datasets";

import type { KeyedRow } from "./version-rows";

// Rows per row group: the writer holds one group in memory before writing it.
const ROW_GROUP_ROWS = 10_000;

// Snappy is implemented in JavaScript here (snappyjs), so its output does not
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

function record(row: DatasetRowView, features: readonly FeatureSpec[]) {
  const out: Record<string, unknown> = {
    predictionId: row.predictionId,
    modelVersion: row.modelVersion,
    region: row.region,
    client: row.client,
    timestamp: row.timestamp === null ? null : new Date(row.timestamp),
    text: row.text,
    predictedLabel: row.predictedLabel,
    label: row.label,
    source: row.source,
    agreement: row.agreement,
  };
  for (const f of features)
    out[`feature_${f.name}`] = featureValue(row.features[f.name], f);

  // The writer leaves out a column whose value is undefined; null must become that.
  for (const key of Object.keys(out)) if (out[key] === null) delete out[key];
  return out;
}

function featureValue(value: unknown, spec: FeatureSpec) {
  if (value === null || value === undefined) return null;
  if (spec.type === "numerical") return typeof value === "number" ? value : null;
  return String(value);
}

/**
 * LIMITATION: about 20–30k rows/s, below the 50k aimed at: the writer shreds
 * every record through its generic nested-schema path (most of the time, by
 * profile). Our schema is flat, so building the column buffers directly and
 * handing whole row groups to the envelope writer would remove that cost.
 *
 * Encodes batches of rows as one Parquet file, yielding bytes as row groups
 * are completed, so memory holds at most one group. No creation time is
 * written: the footer names only the writer library.
 */
export async function* parquetChunks(
  batches: AsyncIterable<KeyedRow[]>,
  features: readonly FeatureSpec[],
): AsyncGenerator<Uint8Array> {
  const schema = new ParquetSchema(Object.fromEntries(parquetColumns(features)));
  const pending: Buffer[] = [];
  const sink = {
    write(chunk: Buffer, done: (error?: Error) => void) {
      pending.push(chunk);
      done();
    },
    end(done: (error?: Error) => void) {
      done();
    },
  };
  const writer = await ParquetWriter.openStream(schema, sink as never, {
    rowGroupSize: ROW_GROUP_ROWS,
  });

  for await (const batch of batches) {
    for (const { row } of batch) await writer.appendRow(record(row, features));
    if (pending.length > 0) yield Buffer.concat(pending.splice(0));
  }
  await writer.close();
  if (pending.length > 0) yield Buffer.concat(pending.splice(0));
}
