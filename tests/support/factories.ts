import { randomBytes } from "node:crypto";

import type { Db } from "@/db/types";
import type { Role } from "@/db/schema";
import { SYSTEM_ACTOR } from "@/lib/auth/actor";
import { actorFromSession } from "@/lib/auth/resolve-actor";
import { upsertRegion } from "@/lib/regions";
import { createUser } from "@/lib/users";

export function unique(prefix: string): string {
  return `${prefix}-${randomBytes(4).toString("hex")}`;
}

export async function makeRegion(db: Db, key = unique("region")) {
  await upsertRegion(db, SYSTEM_ACTOR, key, {
    name: key,
    retentionDays: null,
    sensitiveFields: [],
  });
  return key;
}

export async function makeUser(db: Db, role: Role, regions: string[] = []) {
  const email = `${unique(role)}@example.test`;
  const { user } = await createUser(db, SYSTEM_ACTOR, {
    email,
    name: `Test ${role}`,
    role,
    regions,
    password: "correct horse battery",
  });
  const actor = await actorFromSession(db, user.id);
  return { user, actor: actor! };
}
