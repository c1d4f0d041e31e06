import type { DatasetRowView } from "@/lib/contract/datasets";

/**
 * One JSONL line. Keys are written in a fixed order, so the same row always
 * gives the same bytes: the version's sha256 is the digest of these lines.
 */
export function jsonlLine(row: DatasetRowView): string {
  const ordered = {
    predictionId: row.predictionId,
    modelVersion: row.modelVersion,
    region: row.region,
    client: row.client,
    timestamp: row.timestamp,
    features: row.features,
    text: row.text,
    predictedLabel: row.predictedLabel,
    label: row.label,
    source: row.source,
    agreement: row.agreement,
  };
  return `${JSON.stringify(ordered)}\n`;
}
