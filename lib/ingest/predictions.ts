import { sql } from "drizzle-orm";

import type { Db } from "@/db/types";
import { rowsOf } from "@/db/rows";
import { type Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import type { PredictionInput } from "@/lib/contract/ingest";
import { type ErrorDetail, invalid } from "@/lib/errors";
import { type ModelRow, modelsByKey } from "@/lib/models";
import { existingRegions } from "@/lib/regions";
import { uncertainty } from "@/lib/stats/uncertainty";

import { AGE_BOOST_PER_SECOND } from "@/lib/review/rules";

import { auditDraw, reviewDecision } from "./audit-sample";
import { featureProblems, labelProblem } from "./validate";

export interface IngestResult {
  accepted: number;
  duplicates: number;
  flagged: number;
  audited: number;
}

/**
 * Stores a batch of predictions, all or nothing. Each is scored by its
 * model's uncertainty strategy; flagged ones and the audit sample become
 * review items. A prediction id seen before for the same model is a
 * duplicate: counted, not stored again, even when retries race.
 */
export async function ingestPredictions(
  db: Db,
  actor: Actor,
  predictions: readonly PredictionInput[],
): Promise<IngestResult> {
  // Two lookups at once, on two of the pool's connections: one round trip of waiting.
  const [models, regions] = await Promise.all([
    modelsByKey(db, distinct(predictions.map((p) => p.model))),
    existingRegions(db, distinct(predictions.map((p) => p.region))),
  ]);

  const problems = predictions.flatMap((p, index) =>
    problemsOf(p, index, models, regions),
  );
  if (problems.length > 0)
    throw invalid(`The batch has ${problems.length} problem(s).`, problems);
  authorize(actor, { region: distinct(predictions.map((p) => p.region)) });

  const rows = predictions.map((p) => toRow(p, models.get(p.model)!));
  const [stored] = rowsOf<{ accepted: number; flagged: number; audited: number }>(
    await db.execute(storeStatement(rows)),
  );
  return { ...stored!, duplicates: rows.length - stored!.accepted };
}

function problemsOf(
  p: PredictionInput,
  index: number,
  models: Map<string, ModelRow>,
  regions: Set<string>,
): ErrorDetail[] {
  const at = `predictions.${index}`;
  const model = models.get(p.model);
  const problems: ErrorDetail[] = [];

  if (!regions.has(p.region)) {
    problems.push({
      index,
      path: `${at}.region`,
      message: `unknown region "${p.region}"`,
    });
  }
  if (!model) {
    problems.push({ index, path: `${at}.model`, message: `unknown model "${p.model}"` });
    return problems;
  }

  problems.push(
    ...labelProblem(p.output.label, model, { index, path: `${at}.output.label` }),
  );
  for (const label of Object.keys(p.output.probabilities)) {
    problems.push(
      ...labelProblem(label, model, {
        index,
        path: `${at}.output.probabilities.${label}`,
      }),
    );
  }
  problems.push(...featureProblems(p.features, model.features, { index, path: at }));
  return problems;
}

type Row = ReturnType<typeof toRow>;

function toRow(p: PredictionInput, model: ModelRow) {
  const score = uncertainty(
    model.flagging.strategy,
    Object.values(p.output.probabilities),
    model.labels.length,
  );
  const decision = reviewDecision(score, model.flagging, auditDraw(model.key, p.id));

  return {
    model_key: model.key,
    external_id: p.id,
    model_version: p.modelVersion,
    region: p.region,
    client: p.client,
    ts: p.timestamp ?? new Date().toISOString(),
    features: p.features,
    text: p.text ?? null,
    output_label: p.output.label,
    probabilities: p.output.probabilities,
    latency_ms: p.latencyMs ?? null,
    error: p.error ?? null,
    explanation: p.explanation ?? null,
    subject_id: p.subjectId ?? null,
    uncertainty: score,
    review_reason: decision.reason,
    review_probability: decision.probability,
  };
}

// Shards per version tally: enough that concurrent connections rarely share one.
const TALLY_SHARDS = 16;

/**
 * One statement, so one round trip and atomic without an explicit
 * transaction: store the new predictions (a known id is skipped, which is
 * what makes racing retries safe), queue the flagged and audited ones,
 * register versions and clients, and count predictions per version.
 */
function storeStatement(rows: Row[]) {
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
      insert into review_item (prediction_id, model_key, region, reason, priority, rank,
        predicted_label, labels_needed)
      select i.id, i.model_key, i.region, i.review_reason, i.uncertainty,
        i.uncertainty - ${AGE_BOOST_PER_SECOND}::float8 * extract(epoch from now()),
        i.output_label, m.labels_per_item
      from inserted i join model m on m.key = i.model_key
      where i.review_reason is not null
    ), versions as (
      insert into model_version (model_key, version)
      select distinct model_key, model_version from inserted
      on conflict do nothing
    ), tallies as (
      insert into model_version_tally (model_key, version, shard, predictions, first_seen_at,
        last_seen_at)
      select model_key, model_version, pg_backend_pid() % ${TALLY_SHARDS}, count(*), min(ts),
        max(ts)
      from inserted group by model_key, model_version
      order by model_key, model_version
      on conflict (model_key, version, shard) do update set
        predictions = model_version_tally.predictions + excluded.predictions,
        first_seen_at = least(model_version_tally.first_seen_at, excluded.first_seen_at),
        last_seen_at = greatest(model_version_tally.last_seen_at, excluded.last_seen_at)
    ), clients as (
      insert into client (key) select distinct client from input
      on conflict do nothing
    )
    select count(*)::int as accepted,
      (count(*) filter (where review_reason = 'flagged'))::int as flagged,
      (count(*) filter (where review_reason = 'audit'))::int as audited
    from inserted`;
}

function distinct<T>(values: T[]): T[] {
  return [...new Set(values)];
}
