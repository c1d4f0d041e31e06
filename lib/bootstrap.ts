import { randomBytes } from "node:crypto";

import { and, eq, isNull, sql } from "drizzle-orm";

import { setting, user } from "@/db/schema";
import type { Db } from "@/db/types";
import { SYSTEM_ACTOR } from "@/lib/auth/actor";
import { generatePassword } from "@/lib/auth/password";
import { log } from "@/lib/log";

type Env = Record<string, string | undefined>;
import { ensureAdminToken } from "@/lib/tokens";
import { createUser } from "@/lib/users";

const FIRST_ADMIN_LOCK_KEY = 7_341_003;
export const DEFAULT_ADMIN_EMAIL = "admin@tideline.local";

export interface FirstAdmin {
  email: string;
  /** Present only when this call created the admin with a generated password. */
  password?: string;
}

/**
 * On a database with no admin, creates one from TIDELINE_ADMIN_EMAIL and
 * TIDELINE_ADMIN_PASSWORD, or with a generated password that is returned once.
 */
export async function ensureFirstAdmin(
  db: Db,
  env: Env = process.env,
): Promise<FirstAdmin | null> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${FIRST_ADMIN_LOCK_KEY})`);

    const [admin] = await tx
      .select({ id: user.id })
      .from(user)
      .where(and(eq(user.role, "admin"), isNull(user.disabledAt)))
      .limit(1);
    if (admin) return null;

    const email = env.TIDELINE_ADMIN_EMAIL ?? DEFAULT_ADMIN_EMAIL;
    const password = env.TIDELINE_ADMIN_PASSWORD ?? generatePassword();
    await createUser(tx, SYSTEM_ACTOR, {
      email,
      name: "Admin",
      role: "admin",
      regions: [],
      password,
    });

    return { email, password: env.TIDELINE_ADMIN_PASSWORD ? undefined : password };
  });
}

/**
 * The session-signing secret: NEXTAUTH_SECRET if set, else one generated once
 * and kept in the database, so every instance sharing it signs alike.
 */
export async function sessionSecret(db: Db, env: Env = process.env): Promise<string> {
  if (env.NEXTAUTH_SECRET) return env.NEXTAUTH_SECRET;

  await db
    .insert(setting)
    .values({ key: "session_secret", value: randomBytes(32).toString("base64url") })
    .onConflictDoNothing();
  const [row] = await db.select().from(setting).where(eq(setting.key, "session_secret"));
  return row!.value;
}

/** Everything a fresh or existing database needs before serving requests. */
export async function bootstrap(db: Db, env: Env = process.env) {
  if (env.TIDELINE_ADMIN_TOKEN) await ensureAdminToken(db, env.TIDELINE_ADMIN_TOKEN);

  const firstAdmin = await ensureFirstAdmin(db, env);
  if (firstAdmin) log.info({ email: firstAdmin.email }, "created the first admin");
  return { firstAdmin };
}
