import { sql } from "drizzle-orm";

import { rowsOf } from "@/db/rows";
import type { Db } from "@/db/types";
import { CANONICAL_ROW } from "@/lib/datasets/content-hash";

/**
 * A version's content hash computed by the database alone, in one aggregate:
 * a second, independent way to the value the cut streams and hashes in Node.
 * It holds the whole text in memory, which is fine for a test's versions.
 */
export async function contentHashInDatabase(db: Db, versionId: number) {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local extra_float_digits = 1`);
    const [row] = rowsOf<{ sha256: string }>(
      await tx.execute(sql`
        select encode(sha256(convert_to(
          coalesce(string_agg(${CANONICAL_ROW} || E'\\n', '' order by row_key), ''),
          'UTF8')), 'hex') as sha256
        from dataset_version_row where version_id = ${versionId}`),
    );
    return row!.sha256;
  });
}
