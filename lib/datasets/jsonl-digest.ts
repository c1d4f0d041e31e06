import { createHash } from "node:crypto";

import type { Db } from "@/db/types";

import { jsonlLine } from "./jsonl";
import { ioTurn, slices } from "./slices";
import { decodeStored, streamPages } from "./version-rows";

export interface VersionDigest {
  sha256: string;
  /** Length of the JSONL export in bytes. */
  bytes: number;
  rows: number;
  baseRows: number;
  labelCounts: Record<string, number>;
}

/**
 * The sha256 of a version's JSONL export, streamed through the same line
 * encoder as the download, with the counts a cut records taken on the way:
 * one pass over the rows instead of a second query.
 */
export async function digestJsonl(db: Db, versionId: number): Promise<VersionDigest> {
  const hash = createHash("sha256");
  const labelCounts = new Map<string, number>();
  let bytes = 0;
  let rows = 0;
  let baseRows = 0;

  for await (const page of streamPages(db, versionId)) {
    for (const slice of slices(page)) {
      let text = "";
      for (const encoded of slice) {
        const row = decodeStored(encoded);
        text += jsonlLine(row);
        labelCounts.set(row.label, (labelCounts.get(row.label) ?? 0) + 1);
        if (row.source === "base") baseRows++;
      }
      hash.update(text);
      bytes += Buffer.byteLength(text);
      rows += slice.length;
      await ioTurn();
    }
  }

  return {
    sha256: hash.digest("hex"),
    bytes,
    rows,
    baseRows,
    labelCounts: Object.fromEntries(
      [...labelCounts].sort(([a], [b]) => (a < b ? -1 : 1)),
    ),
  };
}
