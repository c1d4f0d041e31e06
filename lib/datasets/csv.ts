import type { FeatureSpec } from "@/db/schema";
import type { DatasetRowView } from "@/lib/contract/datasets";

// A spreadsheet runs a cell starting with one of these as a formula.
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV cell (RFC 4180). Text that a spreadsheet would run as a formula gets
 * a leading apostrophe. Numbers and booleans are written as they are: they
 * cannot hold a formula, and "-2" as a number must stay a number.
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number" || typeof value === "boolean") return String(value);

  const text = typeof value === "string" ? value : JSON.stringify(value);
  const safe = FORMULA_START.test(text) ? `'${text}` : text;
  return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvLine(cells: readonly unknown[]): string {
  return `${cells.map(csvCell).join(",")}\r\n`;
}

const FIXED = [
  "predictionId",
  "modelVersion",
  "region",
  "client",
  "timestamp",
  "text",
  "predictedLabel",
  "label",
  "source",
  "agreement",
] as const;

/** The columns: the fixed ones, then one per model feature as it was at the cut. */
export function csvHeader(features: readonly FeatureSpec[]): string {
  return csvLine([...FIXED, ...features.map((f) => `feature_${f.name}`)]);
}

export function csvRow(row: DatasetRowView, features: readonly FeatureSpec[]): string {
  return csvLine([
    ...FIXED.map((column) => row[column]),
    ...features.map((f) => row.features[f.name]),
  ]);
}
