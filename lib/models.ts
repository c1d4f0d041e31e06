import { and, asc, eq, inArray, sql } from "drizzle-orm";

import { model, modelVersion, modelVersionTally } from "@/db/schema";
import type { Db } from "@/db/types";
import { rowsOf } from "@/db/rows";
import { appendAudit } from "@/lib/audit/append";
import type { AuditActor } from "@/lib/auth/actor";
import type {
  ModelInput,
  ModelSummary,
  ModelVersionView,
  ModelView,
} from "@/lib/contract/models";
import { notFound } from "@/lib/errors";

export type ModelRow = typeof model.$inferSelect;
type VersionRow = typeof modelVersion.$inferSelect & {
  lastSeenAt: Date;
  predictionCount: number;
};

export function toModelView(row: ModelRow): ModelView {
  return {
    key: row.key,
    name: row.name,
    labels: row.labels,
    features: row.features,
    flagging: row.flagging,
    labelsPerItem: row.labelsPerItem,
    balanceClasses: row.balanceClasses,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function toVersionView(row: VersionRow): ModelVersionView {
  return {
    version: row.version,
    firstSeenAt: row.firstSeenAt.toISOString(),
    lastSeenAt: row.lastSeenAt.toISOString(),
    predictionCount: row.predictionCount,
    notes: row.notes,
  };
}

function audited(row: ModelRow) {
  const { createdAt: _c, updatedAt: _u, ...rest } = toModelView(row);
  return rest;
}

export async function upsertModel(
  db: Db,
  actor: AuditActor,
  key: string,
  input: ModelInput,
) {
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(model)
      .where(eq(model.key, key))
      .for("update");

    const values = { ...input, updatedAt: new Date() };
    const [after] = await tx
      .insert(model)
      .values({ key, ...values })
      .onConflictDoUpdate({ target: model.key, set: values })
      .returning();

    await appendAudit(tx, actor, {
      action: before ? "model.update" : "model.create",
      entityType: "model",
      entityId: key,
      before: before ? audited(before) : null,
      after: audited(after!),
    });
    return { model: toModelView(after!), created: !before };
  });
}

export async function modelsByKey(db: Db, keys: readonly string[]) {
  const rows = keys.length
    ? await db
        .select()
        .from(model)
        .where(inArray(model.key, [...keys]))
    : [];
  return new Map(rows.map((row) => [row.key, row]));
}

interface Counts {
  model_key: string;
  predictions: number;
  open_items: number;
  reference_rows: number;
  last_prediction_at: string | Date | null;
}

/** Every model with its prediction, open-item and reference counts. */
export async function listModels(db: Db, only?: string): Promise<ModelSummary[]> {
  const rows = await db
    .select()
    .from(model)
    .where(only ? eq(model.key, only) : undefined)
    .orderBy(asc(model.key));
  const counts = rowsOf<Counts>(
    await db.execute(sql`
      select m.key as model_key,
        coalesce((select sum(predictions) from model_version_tally t
          where t.model_key = m.key), 0)::float8 as predictions,
        (select count(*) from review_item i where i.model_key = m.key and i.status = 'open')::float8 as open_items,
        (select count(*) from reference_row r where r.model_key = m.key)::float8 as reference_rows,
        (select max(last_seen_at) from model_version_tally t where t.model_key = m.key) as last_prediction_at
      from model m ${only ? sql`where m.key = ${only}` : sql``}`),
  );
  const byKey = new Map(counts.map((c) => [c.model_key, c]));

  return rows.map((row) => {
    const c = byKey.get(row.key);
    const last = c?.last_prediction_at
      ? new Date(c.last_prediction_at).toISOString()
      : null;
    return {
      ...toModelView(row),
      predictionCount: Number(c?.predictions ?? 0),
      openItems: Number(c?.open_items ?? 0),
      referenceRows: Number(c?.reference_rows ?? 0),
      lastPredictionAt: last,
    };
  });
}

export async function getModel(db: Db, key: string) {
  const [summary] = await listModels(db, key);
  if (!summary) throw notFound(`Model "${key}"`);

  return { model: summary, versions: await listVersions(db, key) };
}

async function listVersions(db: Db, modelKey: string, version?: string) {
  const rows = await db
    .select({
      modelKey: modelVersion.modelKey,
      version: modelVersion.version,
      firstSeenAt: sql<Date>`coalesce(min(${modelVersionTally.firstSeenAt}), ${modelVersion.firstSeenAt})`,
      notes: modelVersion.notes,
      lastSeenAt: sql<Date>`coalesce(max(${modelVersionTally.lastSeenAt}), ${modelVersion.firstSeenAt})`,
      predictionCount: sql<number>`coalesce(sum(${modelVersionTally.predictions}), 0)::float8`,
    })
    .from(modelVersion)
    .leftJoin(
      modelVersionTally,
      and(
        eq(modelVersionTally.modelKey, modelVersion.modelKey),
        eq(modelVersionTally.version, modelVersion.version),
      ),
    )
    .where(
      and(
        eq(modelVersion.modelKey, modelKey),
        version === undefined ? undefined : eq(modelVersion.version, version),
      ),
    )
    .groupBy(modelVersion.modelKey, modelVersion.version)
    .orderBy(sql`3 desc`);

  return rows.map((row) =>
    toVersionView({
      ...row,
      firstSeenAt: new Date(row.firstSeenAt),
      lastSeenAt: new Date(row.lastSeenAt),
      predictionCount: Number(row.predictionCount),
    }),
  );
}

export async function setVersionNotes(
  db: Db,
  actor: AuditActor,
  key: string,
  version: string,
  notes: string,
) {
  return db.transaction(async (tx) => {
    const where = and(eq(modelVersion.modelKey, key), eq(modelVersion.version, version));
    const [before] = await tx.select().from(modelVersion).where(where).for("update");
    if (!before) throw notFound(`Version "${version}" of model "${key}"`);

    await tx.update(modelVersion).set({ notes }).where(where);
    await appendAudit(tx, actor, {
      action: "model_version.update",
      entityType: "model_version",
      entityId: `${key}@${version}`,
      before: { notes: before.notes },
      after: { notes },
    });
    const [after] = await listVersions(tx, key, version);
    return after!;
  });
}
