import { type SQL, sql } from "drizzle-orm";

import type { DatasetFilter } from "@/db/schema";

/** The truth of a row under each label source, and where it came from. */
const TRUTH = {
  reviewed: { label: sql`d.final_label`, source: sql`'reviewed'` },
  outcome: { label: sql`o.label`, source: sql`'outcome'` },
  both: {
    label: sql`coalesce(d.final_label, o.label)`,
    source: sql`case when d.final_label is not null then 'reviewed' else 'outcome' end`,
  },
} as const;

function predicates(filter: DatasetFilter): SQL[] {
  const where: SQL[] = [];
  const listed = (values?: string[] | null) => values && values.length > 0;

  if (listed(filter.modelVersions))
    where.push(sql`p.model_version in ${filter.modelVersions}`);
  if (listed(filter.regions)) where.push(sql`p.region in ${filter.regions}`);
  if (listed(filter.clients)) where.push(sql`p.client in ${filter.clients}`);
  if (filter.from) where.push(sql`p.ts >= ${filter.from}::timestamptz`);
  if (filter.to) where.push(sql`p.ts < ${filter.to}::timestamptz`);
  return where;
}

/**
 * The rows a dataset holds now, one per prediction that has a truth, with the
 * columns of `dataset_version_row` (less `version_id`). Agreement is the share
 * of the item's standing review labels equal to its final label, kept on the
 * item when it settles; with a minimum set, a row without an agreement passes
 * only when its truth is an outcome, so unsettled or unlabeled items never
 * slip in under a review label.
 */
export function feedbackRowsSql(modelKey: string, filter: DatasetFilter): SQL {
  const truth = TRUTH[filter.labelSource ?? "both"];
  const where = [sql`p.model_key = ${modelKey}`, ...predicates(filter)];
  const minimum = filter.minAgreement;
  const agreementCheck =
    minimum === null || minimum === undefined
      ? sql``
      : sql`and (t.agreement >= ${minimum}::float8
              or (t.agreement is null and t.source = 'outcome'))`;

  return sql`
    with t as (
      select 'p:' || p.external_id as row_key, p.external_id as prediction_id,
        p.model_version, p.region, p.client, p.ts, p.features, p.text,
        p.output_label as predicted_label,
        ${truth.label} as label, ${truth.source} as source,
        d.agreement
      from prediction p
      left join review_item d on d.prediction_id = p.id and d.model_key = ${modelKey}
        and d.status = 'done' and d.final_label is not null
      left join outcome o on o.model_key = p.model_key
        and o.prediction_external_id = p.external_id
      where ${sql.join(where, sql` and `)}
    )
    select t.row_key, t.prediction_id, t.model_version, t.region, t.client, t.ts,
      t.features, t.text, t.predicted_label, t.label, t.source, t.agreement
    from t where t.label is not null ${agreementCheck}`;
}
