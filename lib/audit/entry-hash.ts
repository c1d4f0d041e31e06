import { createHash } from "node:crypto";

import { canonicalJson } from "./canonical-json";

export const GENESIS_HASH = "0".repeat(64);

export interface HashedFields {
  at: Date;
  actorKind: string;
  actorId: string | null;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string;
  reason: string | null;
  before: unknown;
  after: unknown;
  changed: string[];
}

/** sha256(previous hash + canonical JSON of the entry's content). */
export function entryHash(prevHash: string, fields: HashedFields): string {
  const content = canonicalJson({ ...fields, at: fields.at.toISOString() });
  return createHash("sha256").update(prevHash).update(content).digest("hex");
}
