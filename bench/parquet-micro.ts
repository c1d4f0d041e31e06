/**
 * Parquet encoding alone, without a database: synthetic rows shaped like the
 * dataset benchmark's seed go through `parquetChunks` into a null sink, and
 * the rows a second and the resident memory the stream adds are printed.
 *
 *   npx tsx --expose-gc bench/parquet-micro.ts [rows]
 */
import type { FeatureSpec } from "../db/schema";
import { parquetChunks } from "../lib/datasets/parquet";
import type { KeyedRow } from "../lib/datasets/version-rows";

const ROWS = Number(process.argv[2] ?? 200_000);
const BATCH_ROWS = 5_000;
const FEATURES: FeatureSpec[] = [
  { name: "age", type: "numerical" },
  { name: "plan", type: "categorical" },
];
const START = Date.UTC(2026, 10, 1);

function row(g: number): KeyedRow {
  const predictionId = `p${String(g).padStart(8, "0")}`;
  return {
    key: `p:${predictionId}`,
    row: {
      predictionId,
      modelVersion: `v${g % 3}`,
      region: "bench",
      client: "acme",
      timestamp: new Date(START + g * 1000).toISOString(),
      features: { age: g % 90, plan: g % 2 === 0 ? "pro" : "basic" },
      text: null,
      predictedLabel: "churn",
      label: g % 3 === 0 ? "stay" : "churn",
      source: "reviewed",
      agreement: 1,
    },
  };
}

// Rows are made a batch at a time, as the database hands them over.
async function* batches(rows: number): AsyncGenerator<KeyedRow[]> {
  for (let start = 0; start < rows; start += BATCH_ROWS) {
    const size = Math.min(BATCH_ROWS, rows - start);
    yield Array.from({ length: size }, (_, k) => row(start + k));
  }
}

async function main() {
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage().rss;
  let peak = before;
  let bytes = 0;

  const started = performance.now();
  for await (const chunk of parquetChunks(batches(ROWS), FEATURES)) {
    bytes += chunk.byteLength;
    peak = Math.max(peak, process.memoryUsage().rss);
  }
  const seconds = (performance.now() - started) / 1000;
  const mib = (n: number) => (n / 2 ** 20).toFixed(1);
  console.log(
    `${ROWS} rows in ${seconds.toFixed(2)} s: ${Math.round(ROWS / seconds)} rows/s, ` +
      `${mib(bytes)} MiB written, RSS +${mib(peak - before)} MiB`,
  );
}

void main();
