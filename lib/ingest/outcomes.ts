import { sql } from "drizzle-orm";

import type { Db } from "@/db/types";
import { rowsOf } from "@/db/rows";
import type { Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import type { OutcomesInput } from "@/lib/contract/ingest";
import { invalid } from "@/lib/errors";
import { modelsByKey } from "@/lib/models";

import { labelProblem } from "./validate";

/**
 * Records ground truth for earlier predictions; a later outcome for the same
 * prediction replaces the earlier one. Outcomes naming no stored prediction
 * are counted as unknown and not kept.
 */
export async function ingestOutcomes(
  db: Db,
  actor: Actor,
  outcomes: OutcomesInput["outcomes"],
) {
  const models = await modelsByKey(db, [...new Set(outcomes.map((o) => o.model))]);
  const problems = outcomes.flatMap((o, index) => {
    const model = models.get(o.model);
    if (!model) {
      return [
        { index, path: `outcomes.${index}.model`, message: `unknown model "${o.model}"` },
      ];
    }
    return labelProblem(o.label, model, { index, path: `outcomes.${index}.label` });
  });
  if (problems.length > 0)
    throw invalid(`The batch has ${problems.length} problem(s).`, problems);

  const rows = outcomes.map((o) => ({
    model_key: o.model,
    prediction_external_id: o.predictionId,
    label: o.label,
    observed_at: o.observedAt ?? new Date().toISOString(),
  }));

  return db.transaction(async (tx) => {
    const matched = rowsOf<{ region: string; n: number }>(
      await tx.execute(sql`
        select p.region, count(*)::int as n
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(model_key text, prediction_external_id text)
        join prediction p on p.model_key = r.model_key and p.external_id = r.prediction_external_id
        group by p.region`),
    );
    authorize(actor, { region: matched.map((row) => row.region) });

    // The last outcome per prediction in the batch wins: a single upsert may
    // not touch one row twice.
    const latest = [
      ...new Map(
        rows.map((r) => [`${r.model_key}\u0000${r.prediction_external_id}`, r]),
      ).values(),
    ];
    await tx.execute(sql`
      insert into outcome (model_key, prediction_external_id, label, observed_at)
      select r.model_key, r.prediction_external_id, r.label, r.observed_at
      from jsonb_to_recordset(${JSON.stringify(latest)}::jsonb) as r(
        model_key text, prediction_external_id text, label text, observed_at timestamptz)
      join prediction p on p.model_key = r.model_key and p.external_id = r.prediction_external_id
      on conflict (model_key, prediction_external_id) do update set
        label = excluded.label, observed_at = excluded.observed_at, received_at = now()`);

    const accepted = matched.reduce((sum, row) => sum + row.n, 0);
    return { accepted, unknown: rows.length - accepted };
  });
}
