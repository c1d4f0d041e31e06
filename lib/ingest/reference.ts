import { eq, sql } from "drizzle-orm";

import { referenceRow } from "@/db/schema";
import type { Db } from "@/db/types";
import { rowsOf } from "@/db/rows";
import { appendAudit } from "@/lib/audit/append";
import type { AuditActor } from "@/lib/auth/actor";
import type { ReferenceInput } from "@/lib/contract/ingest";
import { invalid, notFound } from "@/lib/errors";
import { modelsByKey } from "@/lib/models";

import { featureProblems, labelProblem } from "./validate";

/** Appends rows to a model's training reference, or replaces it; answers the new total. */
export async function addReference(
  db: Db,
  actor: AuditActor,
  modelKey: string,
  input: ReferenceInput,
): Promise<{ rows: number }> {
  const model = (await modelsByKey(db, [modelKey])).get(modelKey);
  if (!model) throw notFound(`Model "${modelKey}"`);

  const problems = input.rows.flatMap((row, index) => [
    ...featureProblems(row.features, model.features, { index, path: `rows.${index}` }),
    ...(row.label
      ? labelProblem(row.label, model, { index, path: `rows.${index}.label` })
      : []),
  ]);
  if (problems.length > 0)
    throw invalid(`The rows have ${problems.length} problem(s).`, problems);

  return db.transaction(async (tx) => {
    // One writer per model at a time, so that a replace and an append never interleave.
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtext(${`reference:${modelKey}`}))`,
    );
    if (input.replace)
      await tx.delete(referenceRow).where(eq(referenceRow.modelKey, modelKey));

    const rows = input.rows.map((row) => ({
      features: row.features,
      label: row.label ?? null,
    }));
    if (rows.length > 0) {
      await tx.execute(sql`
        insert into reference_row (model_key, features, label)
        select ${modelKey}, features, label
        from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(features jsonb, label text)`);
    }

    const [total] = rowsOf<{ n: number }>(
      await tx.execute(
        sql`select count(*)::int as n from reference_row where model_key = ${modelKey}`,
      ),
    );
    if (input.replace) {
      await appendAudit(tx, actor, {
        action: "reference.replace",
        entityType: "model",
        entityId: modelKey,
        after: { rows: total?.n ?? 0 },
      });
    }
    return { rows: total?.n ?? 0 };
  });
}
