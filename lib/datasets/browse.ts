import type { Db } from "@/db/types";
import type { Actor } from "@/lib/auth/actor";

import { loadVersion } from "./access";
import { decodeCursor, encodeCursor } from "./cursor";
import { readRows } from "./version-rows";

/** A page of a version's rows in key order, and the cursor of the next page. */
export async function versionRowsPage(
  db: Db,
  actor: Actor,
  datasetId: string,
  version: number,
  page: { cursor?: string; limit: number },
) {
  const found = await loadVersion(db, actor, datasetId, version);
  const rows = await readRows(
    db,
    found.version.id,
    decodeCursor(page.cursor),
    page.limit + 1,
  );

  const more = rows.length > page.limit;
  const shown = rows.slice(0, page.limit);
  return {
    rows: shown.map((keyed) => keyed.row),
    nextCursor: more ? encodeCursor(shown[shown.length - 1]!.key) : null,
  };
}
