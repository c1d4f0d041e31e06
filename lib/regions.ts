import { asc, eq, inArray } from "drizzle-orm";

import { region } from "@/db/schema";
import type { Db } from "@/db/types";
import { appendAudit } from "@/lib/audit/append";
import { type Actor, type AuditActor, canSeeRegion } from "@/lib/auth/actor";
import type { RegionInput, RegionView } from "@/lib/contract/regions";
import { invalid, notFound } from "@/lib/errors";

type RegionRow = typeof region.$inferSelect;

export function toRegionView(row: RegionRow): RegionView {
  return {
    key: row.key,
    name: row.name,
    retentionDays: row.retentionDays,
    sensitiveFields: row.sensitiveFields,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

function audited(row: RegionRow) {
  const { createdAt: _c, updatedAt: _u, ...rest } = toRegionView(row);
  return rest;
}

/** The regions this actor may see. */
export async function listRegions(db: Db, actor: Actor): Promise<RegionView[]> {
  const rows = await db.select().from(region).orderBy(asc(region.key));
  return rows.filter((row) => canSeeRegion(actor, row.key)).map(toRegionView);
}

export async function getRegion(db: Db, key: string): Promise<RegionView> {
  const [row] = await db.select().from(region).where(eq(region.key, key));
  if (!row) throw notFound(`Region "${key}"`);
  return toRegionView(row);
}

export async function upsertRegion(
  db: Db,
  actor: AuditActor,
  key: string,
  input: RegionInput,
) {
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(region)
      .where(eq(region.key, key))
      .for("update");

    const values = { ...input, updatedAt: new Date() };
    const [after] = await tx
      .insert(region)
      .values({ key, ...values })
      .onConflictDoUpdate({ target: region.key, set: values })
      .returning();

    await appendAudit(tx, actor, {
      action: before ? "region.update" : "region.create",
      entityType: "region",
      entityId: key,
      before: before ? audited(before) : null,
      after: audited(after!),
    });
    return { region: toRegionView(after!), created: !before };
  });
}

export async function assertRegionsExist(db: Db, keys: readonly string[]) {
  if (keys.length === 0) return;

  const rows = await db
    .select({ key: region.key })
    .from(region)
    .where(inArray(region.key, [...keys]));
  const known = new Set(rows.map((row) => row.key));
  const details = keys
    .map((key, index) => ({ index, key }))
    .filter(({ key }) => !known.has(key))
    .map(({ index, key }) => ({
      path: `regions.${index}`,
      message: `unknown region "${key}"`,
    }));

  if (details.length > 0) throw invalid("Some regions do not exist.", details);
}

/** Which of these region keys exist. */
export async function existingRegions(
  db: Db,
  keys: readonly string[],
): Promise<Set<string>> {
  if (keys.length === 0) return new Set();

  const rows = await db
    .select({ key: region.key })
    .from(region)
    .where(inArray(region.key, [...keys]));
  return new Set(rows.map((row) => row.key));
}
