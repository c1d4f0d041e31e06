import { type SQL, sql } from "drizzle-orm";

import { rowsOf } from "@/db/rows";
import type { Db } from "@/db/types";
import type { Actor } from "@/lib/auth/actor";
import type { DiffKind, DiffRowView } from "@/lib/contract/datasets";

import { loadVersion } from "./access";
import { decodeCursor, encodeCursor } from "./cursor";

const KIND_CONDITION: Record<DiffKind, SQL> = {
  added: sql`a.row_key is null`,
  removed: sql`b.row_key is null`,
  relabeled: sql`a.label <> b.label`,
};

// The two versions' rows side by side on their key: a row only in `to` was
// added, only in `from` removed, in both with another label relabeled.
function joined(fromId: number, toId: number): SQL {
  return sql`
    (select row_key, prediction_id, label, source from dataset_version_row
      where version_id = ${fromId}) a
    full outer join
    (select row_key, prediction_id, label, source from dataset_version_row
      where version_id = ${toId}) b
    on a.row_key = b.row_key`;
}

interface Query {
  from: number;
  to: number;
  kind: DiffKind;
  cursor?: string;
  limit: number;
}

/** Counts of each kind of change between two versions, and one page of one kind. */
export async function diffVersions(
  db: Db,
  actor: Actor,
  datasetId: string,
  query: Query,
) {
  const from = await loadVersion(db, actor, datasetId, query.from);
  const to = await loadVersion(db, actor, datasetId, query.to);
  const pair = joined(from.version.id, to.version.id);

  const [counts] = rowsOf<{ added: number; removed: number; relabeled: number }>(
    await db.execute(sql`
      select count(*) filter (where ${KIND_CONDITION.added})::int as added,
        count(*) filter (where ${KIND_CONDITION.removed})::int as removed,
        count(*) filter (where ${KIND_CONDITION.relabeled})::int as relabeled
      from ${pair}`),
  );

  const after = decodeCursor(query.cursor);
  const rows = rowsOf<{
    row_key: string;
    prediction_id: string | null;
    from_label: string | null;
    to_label: string | null;
    from_source: string | null;
    to_source: string | null;
  }>(
    await db.execute(sql`
      select coalesce(a.row_key, b.row_key) as row_key,
        coalesce(b.prediction_id, a.prediction_id) as prediction_id,
        a.label as from_label, b.label as to_label,
        a.source as from_source, b.source as to_source
      from ${pair}
      where ${KIND_CONDITION[query.kind]}
        ${after === null ? sql`` : sql`and coalesce(a.row_key, b.row_key) > ${after}`}
      order by 1 limit ${query.limit + 1}`),
  );

  const more = rows.length > query.limit;
  const shown = rows.slice(0, query.limit);
  return {
    from: query.from,
    to: query.to,
    counts: counts!,
    kind: query.kind,
    rows: shown.map((r): DiffRowView => ({
      key: r.row_key,
      predictionId: r.prediction_id,
      fromLabel: r.from_label,
      toLabel: r.to_label,
      fromSource: r.from_source,
      toSource: r.to_source,
    })),
    nextCursor: more ? encodeCursor(shown[shown.length - 1]!.row_key) : null,
  };
}
