import { postgresClient } from "@/db/postgres-client";
import type { Db } from "@/db/types";
import { type Actor } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import type { PredictionInput } from "@/lib/contract/ingest";
import { type ErrorDetail, invalid } from "@/lib/errors";
import type { ModelRow } from "@/lib/models";

import { type PredictionRow, type StoredCounts, toPredictionRow } from "./prediction-row";
import { batchReferences } from "./lookup";
import { storeByCopy } from "./store-copy";
import { storeByStatement } from "./store-statement";
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
  const { models, regions } = await batchReferences(
    db,
    distinct(predictions.map((p) => p.model)),
    distinct(predictions.map((p) => p.region)),
  );

  const problems = predictions.flatMap((p, index) =>
    problemsOf(p, index, models, regions),
  );
  if (problems.length > 0)
    throw invalid(`The batch has ${problems.length} problem(s).`, problems);
  authorize(actor, { region: distinct(predictions.map((p) => p.region)) });

  const rows = predictions.map((p) => toPredictionRow(p, models.get(p.model)!));
  const stored = await storeRows(db, rows);
  return { ...stored, duplicates: rows.length - stored.accepted };
}

/** COPY on PostgreSQL when every id is new; the statement that skips known ids otherwise. */
async function storeRows(db: Db, rows: PredictionRow[]): Promise<StoredCounts> {
  // One order for every writer: two batches that share ids, in whichever
  // order they name them, then wait on each other instead of deadlocking.
  // The sort is stable, so of an id named twice in a batch the first is kept.
  const ordered = rows.toSorted(byId);

  const client = postgresClient(db);
  const copied = client ? await storeByCopy(client, ordered) : null;
  return copied ?? storeByStatement(db, ordered);
}

function byId(a: PredictionRow, b: PredictionRow): number {
  if (a.model_key !== b.model_key) return a.model_key < b.model_key ? -1 : 1;
  if (a.external_id === b.external_id) return 0;
  return a.external_id < b.external_id ? -1 : 1;
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

function distinct<T>(values: T[]): T[] {
  return [...new Set(values)];
}
