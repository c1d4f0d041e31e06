import { asc, gt } from "drizzle-orm";

import { auditEntry } from "@/db/schema";
import type { Db } from "@/db/types";

import { entryHash, GENESIS_HASH } from "./entry-hash";

const PAGE = 2_000;

export type VerifyResult =
  { ok: true; checked: number } | { ok: false; checked: number; firstBrokenId: string };

/** Walks the chain in id order, a page at a time, recomputing every hash. */
export async function verifyAuditChain(db: Db): Promise<VerifyResult> {
  let prevHash = GENESIS_HASH;
  let afterId = 0;
  let checked = 0;

  for (;;) {
    const page = await db
      .select()
      .from(auditEntry)
      .where(gt(auditEntry.id, afterId))
      .orderBy(asc(auditEntry.id))
      .limit(PAGE);

    for (const entry of page) {
      const { id, prevHash: storedPrev, hash, ...fields } = entry;
      const broken = storedPrev !== prevHash || entryHash(prevHash, fields) !== hash;
      if (broken) return { ok: false, checked, firstBrokenId: String(id) };

      prevHash = hash;
      checked += 1;
    }

    if (page.length < PAGE) return { ok: true, checked };
    afterId = page[page.length - 1]!.id;
  }
}
