import { sql } from "drizzle-orm";

import { rowsOf } from "@/db/rows";
import type { Db } from "@/db/types";

import type { PredictionRow, StoredCounts } from "./prediction-row";
import { countVersions, insertReviewItems, registerClients } from "./store-sql";

/**
 * Stores a batch in one statement, so one round trip and atomic without an
 * explicit transaction: insert the new predictions (a known id is skipped,
 * which is what makes racing retries safe), queue the flagged and audited
 * ones, register versions and clients, and count predictions per version.
 * Works on PGlite and PostgreSQL alike.
 */
export async function storeByStatement(
  db: Db,
  rows: readonly PredictionRow[],
): Promise<StoredCounts> {
  const [stored] = rowsOf<StoredCounts>(await db.execute(storeStatement(rows)));
  return stored!;
}

function storeStatement(rows: readonly PredictionRow[]) {
  return sql`
    -- json, not jsonb: the batch is read once, so parsing it whole into jsonb
    -- first would only add work. The nested objects come out as text and are
    -- cast to jsonb: json_to_recordset's own conversion to a jsonb column
    -- costs about three times as much (measured on PostgreSQL 15).
    with input as (
      select * from json_to_recordset(${JSON.stringify(rows)}::json) as r(
        model_key text, external_id text, model_version text, region text, client text,
        ts timestamptz, features text, text text, output_label text, probabilities text,
        latency_ms float8, error text, explanation text, subject_id text,
        uncertainty float8, review_reason text, review_probability float8)
    ), inserted as (
      insert into prediction (model_key, external_id, model_version, region, client, ts,
        features, text, output_label, probabilities, latency_ms, error, explanation,
        subject_id, uncertainty, review_reason, review_probability)
      select model_key, external_id, model_version, region, client, ts, features::jsonb,
        text, output_label, probabilities::jsonb, latency_ms, error, explanation::jsonb,
        subject_id, uncertainty, review_reason, review_probability
      from input
      on conflict (model_key, external_id) do nothing
      returning id, model_key, model_version, region, review_reason, uncertainty, output_label,
        ts
    ), items as (
      ${sql.raw(insertReviewItems("(select * from inserted where review_reason is not null)"))}
    ), counted as (
      select model_key, model_version as version, count(*)::int as predictions,
        min(ts) as first_seen_at, max(ts) as last_seen_at
      from inserted group by model_key, model_version
    ), ${sql.raw(countVersions("counted"))},
    ${sql.raw(registerClients("(select client as key from input)"))}
    select count(*)::int as accepted,
      (count(*) filter (where review_reason = 'flagged'))::int as flagged,
      (count(*) filter (where review_reason = 'audit'))::int as audited
    from inserted`;
}
