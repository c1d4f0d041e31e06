import { sql } from "drizzle-orm";

import { rowsOf } from "@/db/rows";
import type { Db } from "@/db/types";
import { appendAudit } from "@/lib/audit/append";
import type { AuditActor } from "@/lib/auth/actor";
import type { BaseInput } from "@/lib/contract/datasets";
import { invalid } from "@/lib/errors";
import { featureProblems, labelProblem } from "@/lib/ingest/validate";
import { modelsByKey } from "@/lib/models";

import type { DatasetRow } from "./access";

// Ordinals of id-less base rows are zero-padded so that byte order is upload order.
const ORDINAL_DIGITS = 10;

/**
 * Adds a chunk of base rows (or starts over with `replace`). A row with an
 * `id` is keyed like the prediction of that id and may meet it at a merge;
 * a row without one is keyed by its upload ordinal and never conflicts. A
 * repeated id keeps the last row sent.
 */
export async function uploadBase(
  db: Db,
  actor: AuditActor,
  dataset: DatasetRow,
  input: BaseInput,
): Promise<{ rows: number }> {
  const model = (await modelsByKey(db, [dataset.modelKey])).get(dataset.modelKey)!;
  const problems = input.rows.flatMap((row, index) => [
    ...featureProblems(row.features, model.features, { index, path: `rows.${index}` }),
    ...labelProblem(row.label, model, { index, path: `rows.${index}.label` }),
  ]);
  if (problems.length > 0) {
    throw invalid(`The rows have ${problems.length} problem(s).`, problems);
  }

  return db.transaction(async (tx) => {
    // Chunks of one dataset take turns, so ordinals never collide.
    await tx.execute(sql`select 1 from dataset where id = ${dataset.id} for update`);
    if (input.replace) {
      await tx.execute(
        sql`delete from dataset_base_row where dataset_id = ${dataset.id}`,
      );
    }

    const first = await nextOrdinal(tx, dataset.id);
    const rows = input.rows.map((row, i) => ({
      row_key: row.id
        ? `p:${row.id}`
        : `b:${String(first + i).padStart(ORDINAL_DIGITS, "0")}`,
      prediction_id: row.id ?? null,
      features: row.features,
      label: row.label,
    }));
    const latest = [...new Map(rows.map((row) => [row.row_key, row])).values()];
    if (latest.length > 0) await insertRows(tx, dataset.id, latest);

    const total = await countBase(tx, dataset.id);
    await appendAudit(tx, actor, {
      action: input.replace ? "dataset.base.replace" : "dataset.base.append",
      entityType: "dataset",
      entityId: dataset.id,
      after: { received: input.rows.length, rows: total },
    });
    return { rows: total };
  });
}

async function nextOrdinal(tx: Db, datasetId: string): Promise<number> {
  const [row] = rowsOf<{ n: number }>(
    await tx.execute(sql`
      select coalesce(max(substr(row_key, 3)::bigint), 0)::int + 1 as n
      from dataset_base_row where dataset_id = ${datasetId} and row_key like 'b:%'`),
  );
  return row?.n ?? 1;
}

async function insertRows(tx: Db, datasetId: string, rows: object[]) {
  await tx.execute(sql`
    insert into dataset_base_row (dataset_id, row_key, prediction_id, features, label)
    select ${datasetId}, r.row_key, r.prediction_id, r.features, r.label
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
      as r(row_key text, prediction_id text, features jsonb, label text)
    on conflict (dataset_id, row_key) do update
      set features = excluded.features, label = excluded.label`);
}

export async function countBase(db: Db, datasetId: string): Promise<number> {
  const [row] = rowsOf<{ n: number }>(
    await db.execute(
      sql`select count(*)::int as n from dataset_base_row where dataset_id = ${datasetId}`,
    ),
  );
  return row?.n ?? 0;
}
