import { sql } from "drizzle-orm";

import type { Db } from "@/db/types";
import { rowsOf } from "@/db/rows";
import type { Actor } from "@/lib/auth/actor";

import { MASK, seesSensitive } from "./item-view";
import { inActorRegions } from "./region-filter";

interface DisputeRow {
  id: number;
  status: string;
  final_label: string | null;
  final_source: string | null;
  text: string | null;
  features: Record<string, unknown>;
  output_label: string;
  probabilities: Record<string, number>;
  region: string;
  sensitive_fields: string[] | null;
  created_at: string | Date;
  labels: { reviewer: string; kind: string; label: string | null; note: string | null }[];
}

/**
 * Items whose reviewers disagreed, for a lead: ties and "unsure" first (they
 * have no final label yet), then majorities a lead may overrule.
 */
export async function listDisputes(db: Db, actor: Actor, modelKey: string, limit = 50) {
  const rows = rowsOf<DisputeRow>(
    await db.execute(sql`
      select i.id, i.status, i.final_label, i.final_source, p.text, p.features, p.output_label,
        p.probabilities, i.region, r.sensitive_fields, i.created_at,
        coalesce((
          select jsonb_agg(jsonb_build_object('reviewer', u.name, 'kind', l.kind,
            'label', l.label, 'note', l.note) order by l.created_at)
          from review_label l join app_user u on u.id = l.reviewer_id
          where l.item_id = i.id and l.undone_at is null), '[]'::jsonb) as labels
      from review_item i
      join prediction p on p.id = i.prediction_id
      left join region r on r.key = i.region
      where i.model_key = ${modelKey}
        and (i.status = 'disputed' or (i.disagreement and i.final_source = 'majority'))
        ${inActorRegions(actor, sql`i.region`)}
      order by (i.status = 'disputed') desc, i.created_at
      limit ${limit}`),
  );

  const unmasked = seesSensitive(actor);
  return rows.map((row) => {
    const sensitive = new Set(unmasked ? [] : (row.sensitive_fields ?? []));
    return {
      id: String(row.id),
      status: row.status,
      finalLabel: row.final_label,
      finalSource: row.final_source,
      text: row.text !== null && sensitive.has("text") ? MASK : row.text,
      features: Object.fromEntries(
        Object.entries(row.features).map(([k, v]) => [k, sensitive.has(k) ? MASK : v]),
      ),
      output: { label: row.output_label, probabilities: row.probabilities },
      region: row.region,
      createdAt: new Date(row.created_at).toISOString(),
      labels: row.labels,
    };
  });
}
