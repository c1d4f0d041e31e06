import { tableFromIPC } from "apache-arrow";
import { parquetMetadata, parquetReadObjects, parquetSchema } from "hyparquet";
import { readParquet } from "parquet-wasm/node";
import { describe, expect, it } from "vitest";

import type { FeatureSpec } from "@/db/schema";
import type { DatasetRowView } from "@/lib/contract/datasets";
import { parquetChunks } from "@/lib/datasets/parquet";
import type { KeyedRow } from "@/lib/datasets/version-rows";

const FEATURES: FeatureSpec[] = [
  { name: "age", type: "numerical" },
  { name: "plan", type: "categorical" },
];

function row(i: number): KeyedRow {
  const value: DatasetRowView = {
    predictionId: `p-${i}`,
    modelVersion: "v1",
    region: "eu",
    client: "acme",
    timestamp: new Date(Date.UTC(2026, 11, 1, 10, 0, i)).toISOString(),
    features: { age: i, plan: i % 2 ? "pro" : 7 },
    text: i === 0 ? "ünïcødé" : null,
    predictedLabel: "churn",
    label: i % 3 ? "stay" : "churn",
    source: "reviewed",
    agreement: i % 4 ? 0.5 : null,
  };
  return { key: `p:p-${i}`, row: value };
}

async function* batches(n: number, size: number) {
  for (let start = 0; start < n; start += size) {
    yield Array.from({ length: Math.min(size, n - start) }, (_, k) => row(start + k));
  }
}

async function* only(rows: KeyedRow[]) {
  yield rows;
}

async function fileOf(source: AsyncIterable<KeyedRow[]>) {
  const chunks: Uint8Array[] = [];
  for await (const chunk of parquetChunks(source, FEATURES)) chunks.push(chunk);
  const bytes = Buffer.concat(chunks);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}

const encode = (n: number) => fileOf(batches(n, 4_000));

// Every optional column empty, every feature missing: nothing but the required labels.
const EMPTY_ROW: DatasetRowView = {
  predictionId: null,
  modelVersion: null,
  region: null,
  client: null,
  timestamp: null,
  features: {},
  text: null,
  predictedLabel: null,
  label: "stay",
  source: "base",
  agreement: null,
};

describe("Parquet export", { timeout: 30_000 }, () => {
  it("is read back by hyparquet with its schema and values, over several row groups", async () => {
    const file = await encode(12_000);
    const metadata = parquetMetadata(file);

    expect(metadata.row_groups.length).toBe(2);
    expect(metadata.created_by).toBe("hyparquet-writer");
    const names = parquetSchema(metadata).children.map((c) => c.element.name);
    expect(names.slice(-2)).toEqual(["feature_age", "feature_plan"]);

    const rows = await parquetReadObjects({ file, rowStart: 0, rowEnd: 4 });
    expect(rows[0]).toMatchObject({
      predictionId: "p-0",
      text: "ünïcødé",
      label: "churn",
      agreement: null,
      feature_age: 0,
      feature_plan: "7",
    });
    expect(rows[1]).toMatchObject({ text: null, agreement: 0.5, feature_plan: "pro" });
    expect((rows[3]!.timestamp as Date).toISOString()).toBe("2026-12-01T10:00:03.000Z");
  });

  // hyparquet shares its author with the writer; arrow-rs (the Rust Arrow
  // project's reader, here compiled to WebAssembly) shares nothing with it.
  it("is read by arrow-rs with the same schema and every value", async () => {
    const table = tableFromIPC(
      readParquet(new Uint8Array(await encode(12_000))).intoIPCStream(),
    );

    expect(table.schema.fields.map((f) => [f.name, String(f.type), f.nullable])).toEqual([
      ["predictionId", "Utf8", true],
      ["modelVersion", "Utf8", true],
      ["region", "Utf8", true],
      ["client", "Utf8", true],
      ["timestamp", "Timestamp<MILLISECOND, UTC>", true],
      ["text", "Utf8", true],
      ["predictedLabel", "Utf8", true],
      ["label", "Utf8", false],
      ["source", "Utf8", false],
      ["agreement", "Float64", true],
      ["feature_age", "Float64", true],
      ["feature_plan", "Utf8", true],
    ]);
    const read = table.toArray().map((r) => r.toJSON());
    expect(read.length).toBe(12_000);
    read.forEach((value, i) => {
      const { features, timestamp, ...rest } = row(i).row;
      expect(value).toEqual({
        ...rest,
        timestamp: Date.parse(timestamp!),
        feature_age: features.age,
        feature_plan: String(features.plan),
      });
    });
  });

  it("declares each column's physical type and whether it may be null", async () => {
    const schema = parquetSchema(parquetMetadata(await encode(1)));
    const columns = schema.children.map(({ element }) => [
      element.name,
      element.type,
      element.converted_type,
      element.repetition_type,
    ]);

    expect(columns).toEqual([
      ["predictionId", "BYTE_ARRAY", "UTF8", "OPTIONAL"],
      ["modelVersion", "BYTE_ARRAY", "UTF8", "OPTIONAL"],
      ["region", "BYTE_ARRAY", "UTF8", "OPTIONAL"],
      ["client", "BYTE_ARRAY", "UTF8", "OPTIONAL"],
      ["timestamp", "INT64", "TIMESTAMP_MILLIS", "OPTIONAL"],
      ["text", "BYTE_ARRAY", "UTF8", "OPTIONAL"],
      ["predictedLabel", "BYTE_ARRAY", "UTF8", "OPTIONAL"],
      ["label", "BYTE_ARRAY", "UTF8", "REQUIRED"],
      ["source", "BYTE_ARRAY", "UTF8", "REQUIRED"],
      ["agreement", "DOUBLE", undefined, "OPTIONAL"],
      ["feature_age", "DOUBLE", undefined, "OPTIONAL"],
      ["feature_plan", "BYTE_ARRAY", "UTF8", "OPTIONAL"],
    ]);
  });

  it("reads back nulls as null, and text and numbers as they were given", async () => {
    const full: DatasetRowView = {
      predictionId: "p-😀",
      modelVersion: "",
      region: "zürich",
      client: "株式会社",
      timestamp: "1969-12-31T23:59:59.999Z",
      features: { age: -1.5e-300, plan: 'a,b\n"c"' },
      text: "ünïcødé 𝄞 \u0000 end",
      predictedLabel: "churn",
      label: "",
      source: "reviewed",
      agreement: Number.MAX_VALUE,
    };
    const file = await fileOf(
      only([
        { key: "a", row: full },
        { key: "b", row: EMPTY_ROW },
      ]),
    );

    const [first, second] = await parquetReadObjects({ file });
    expect(first).toEqual({
      predictionId: "p-😀",
      modelVersion: "",
      region: "zürich",
      client: "株式会社",
      timestamp: new Date("1969-12-31T23:59:59.999Z"),
      text: "ünïcødé 𝄞 \u0000 end",
      predictedLabel: "churn",
      label: "",
      source: "reviewed",
      agreement: Number.MAX_VALUE,
      feature_age: -1.5e-300,
      feature_plan: 'a,b\n"c"',
    });
    expect(second).toEqual({
      predictionId: null,
      modelVersion: null,
      region: null,
      client: null,
      timestamp: null,
      text: null,
      predictedLabel: null,
      label: "stay",
      source: "base",
      agreement: null,
      feature_age: null,
      feature_plan: null,
    });
  });

  it("writes a readable file with no row groups when there are no rows", async () => {
    const file = await fileOf(only([]));

    expect(parquetMetadata(file).row_groups).toEqual([]);
    expect(await parquetReadObjects({ file })).toEqual([]);
  });

  it("gives the same bytes for the same rows, however they are batched", async () => {
    const [a, b] = [await encode(23_456), await fileOf(batches(23_456, 5_000))];
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});
