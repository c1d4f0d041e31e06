import { and, desc, eq, lt } from "drizzle-orm";
import type { z } from "zod";

import { auditEntry } from "@/db/schema";
import type { Db } from "@/db/types";
import type { auditListQuery, auditPage } from "@/lib/contract/audit";

type Query = z.output<typeof auditListQuery>;

/** Newest first, a page at a time by id. */
export async function listAudit(
  db: Db,
  query: Query,
): Promise<z.input<typeof auditPage>> {
  const rows = await db
    .select()
    .from(auditEntry)
    .where(
      and(
        query.before ? lt(auditEntry.id, query.before) : undefined,
        query.entityType ? eq(auditEntry.entityType, query.entityType) : undefined,
      ),
    )
    .orderBy(desc(auditEntry.id))
    .limit(query.limit + 1);

  const page = rows.slice(0, query.limit);
  return {
    entries: page.map((row) => ({
      id: String(row.id),
      at: row.at.toISOString(),
      actor: { kind: row.actorKind as "user", id: row.actorId, name: row.actorName },
      action: row.action,
      entityType: row.entityType,
      entityId: row.entityId,
      reason: row.reason,
      before: row.before,
      after: row.after,
      changed: row.changed,
      hash: row.hash,
    })),
    nextBefore: rows.length > query.limit ? page[page.length - 1]!.id : null,
  };
}
