import { parquetMetadata, parquetReadObjects, parquetSchema } from "hyparquet";
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

async function encode(n: number) {
  const chunks: Uint8Array[] = [];
  for await (const chunk of parquetChunks(batches(n, 4_000), FEATURES))
    chunks.push(chunk);
  const bytes = Buffer.concat(chunks);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
}

describe("Parquet export", { timeout: 30_000 }, () => {
  it("is read back by hyparquet with its schema and values, over several row groups", async () => {
    const file = await encode(12_000);
    const metadata = parquetMetadata(file);

    expect(metadata.row_groups.length).toBe(2);
    expect(metadata.created_by).toBe("@dsnp/parquetjs");
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

  it("gives the same bytes for the same rows", async () => {
    const [a, b] = [await encode(3_000), await encode(3_000)];
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});
