import { sql } from "drizzle-orm";

import type { Db } from "@/db/types";
import { rowsOf } from "@/db/rows";
import type { Actor } from "@/lib/auth/actor";
import { notFound } from "@/lib/errors";

export const MASK = "•••";

export interface ItemRow {
  id: number;
  model_key: string;
  model_version: string;
  region: string;
  client: string;
  ts: string | Date;
  features: Record<string, unknown>;
  text: string | null;
  output_label: string;
  probabilities: Record<string, number>;
  latency_ms: number | null;
  error: string | null;
  explanation: { attributions?: Record<string, number>; decisionPath?: string[] } | null;
  priority: number;
  reason: "flagged" | "audit";
  status: string;
  labels_needed: number;
  label_count: number;
  labels: string[];
  sensitive_fields: string[] | null;
  external_id: string;
}

export interface ClaimedItem {
  item: ReturnType<typeof toItem>;
  lease: { id: string; expiresAt: string };
}

/** Roles that need to see every field; the rest see sensitive fields masked. */
export function seesSensitive(actor: Actor): boolean {
  return (
    actor.role === "admin" ||
    actor.role === "lead_reviewer" ||
    actor.role === "data_scientist"
  );
}

/** The columns of an item's view, for statements that join review_item i,
 * prediction p, model m and region r. */
export const ITEM_COLUMNS = sql`
  i.id, i.model_key, p.model_version, i.region, p.client, p.ts, p.features, p.text,
  p.output_label, p.probabilities, p.latency_ms, p.error, p.explanation, i.priority, i.reason,
  i.status, i.labels_needed, i.label_count, m.labels, r.sensitive_fields, p.external_id`;

export function toClaimed(
  row: ItemRow,
  actor: Actor,
  lease: { id: string; expires_at: string | Date },
): ClaimedItem {
  return {
    item: toItem(row, seesSensitive(actor)),
    lease: { id: lease.id, expiresAt: new Date(lease.expires_at).toISOString() },
  };
}

export async function loadItemView(
  db: Db,
  actor: Actor,
  itemId: number,
  lease: { id: string; expires_at: string | Date },
): Promise<ClaimedItem> {
  const [row] = rowsOf<ItemRow>(
    await db.execute(sql`
      select ${ITEM_COLUMNS}
      from review_item i
      join prediction p on p.id = i.prediction_id
      join model m on m.key = i.model_key
      left join region r on r.key = i.region
      where i.id = ${itemId}`),
  );
  if (!row) throw notFound("Item");
  return toClaimed(row, actor, lease);
}

function toItem(row: ItemRow, unmasked: boolean) {
  const sensitive = new Set(unmasked ? [] : (row.sensitive_fields ?? []));
  const features = Object.fromEntries(
    Object.entries(row.features).map(([name, value]) => [
      name,
      sensitive.has(name) && value !== null ? MASK : value,
    ]),
  );

  return {
    id: String(row.id),
    model: row.model_key,
    predictionId: row.external_id,
    modelVersion: row.model_version,
    region: row.region,
    client: row.client,
    timestamp: new Date(row.ts).toISOString(),
    features,
    text: row.text !== null && sensitive.has("text") ? MASK : row.text,
    maskedFields: [...sensitive].filter(
      (name) => name in row.features || name === "text",
    ),
    output: { label: row.output_label, probabilities: row.probabilities },
    explanation: row.explanation,
    latencyMs: row.latency_ms,
    error: row.error,
    priority: row.priority,
    reason: row.reason,
    labels: row.labels,
    labelsNeeded: row.labels_needed,
    labelCount: row.label_count,
  };
}
