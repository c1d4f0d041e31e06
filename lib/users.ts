import { and, asc, eq, isNull, ne, sql } from "drizzle-orm";

import { user } from "@/db/schema";
import type { Db } from "@/db/types";
import { appendAudit } from "@/lib/audit/append";
import type { AuditActor } from "@/lib/auth/actor";
import { generatePassword, hashPassword, verifyPassword } from "@/lib/auth/password";
import type { CreateUserInput, UpdateUserInput, UserView } from "@/lib/contract/users";
import { conflict, notFound } from "@/lib/errors";
import { assertRegionsExist } from "@/lib/regions";

type UserRow = typeof user.$inferSelect;

// Compared against when the e-mail is unknown, so that a wrong e-mail and a
// wrong password take the same time.
const DUMMY_HASH = hashPassword("tideline-timing-equaliser");

export function toUserView(row: UserRow): UserView {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    regions: row.regions,
    disabled: row.disabledAt !== null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The audited form of a user: never the password hash. */
function audited(row: UserRow) {
  const { createdAt: _created, ...view } = toUserView(row);
  return view;
}

export async function listUsers(db: Db): Promise<UserView[]> {
  const rows = await db.select().from(user).orderBy(asc(user.email));
  return rows.map(toUserView);
}

export async function findUser(db: Db, id: string): Promise<UserRow | null> {
  const [row] = await db.select().from(user).where(eq(user.id, id));
  return row ?? null;
}

export async function createUser(db: Db, actor: AuditActor, input: CreateUserInput) {
  const generated = input.password ? undefined : generatePassword();
  const passwordHash = await hashPassword(input.password ?? generated!);
  const email = input.email.toLowerCase();

  const created = await db.transaction(async (tx) => {
    await assertRegionsExist(tx, input.regions);

    const [row] = await tx
      .insert(user)
      .values({
        email,
        name: input.name,
        role: input.role,
        regions: input.regions,
        passwordHash,
      })
      .onConflictDoNothing({ target: user.email })
      .returning();
    if (!row) throw conflict(`A user with the e-mail ${email} exists already.`);

    await appendAudit(tx, actor, {
      action: "user.create",
      entityType: "user",
      entityId: row.id,
      after: audited(row),
    });
    return row;
  });

  return { user: toUserView(created), password: generated };
}

export async function updateUser(
  db: Db,
  actor: AuditActor,
  id: string,
  input: UpdateUserInput,
) {
  const passwordHash = input.password ? await hashPassword(input.password) : undefined;

  const updated = await db.transaction(async (tx) => {
    const [before] = await tx.select().from(user).where(eq(user.id, id)).for("update");
    if (!before) throw notFound("User");
    if (input.regions) await assertRegionsExist(tx, input.regions);

    const losesAdmin =
      before.role === "admin" &&
      ((input.role && input.role !== "admin") || input.disabled === true);
    if (losesAdmin) await assertAnotherAdmin(tx, id);

    const disabledAt =
      input.disabled === undefined
        ? undefined
        : input.disabled
          ? (before.disabledAt ?? new Date())
          : null;
    const [after] = await tx
      .update(user)
      .set({
        name: input.name,
        role: input.role,
        regions: input.regions,
        disabledAt,
        passwordHash,
        updatedAt: new Date(),
      })
      .where(eq(user.id, id))
      .returning();

    await appendAudit(tx, actor, {
      action: passwordHash ? "user.update_password" : "user.update",
      entityType: "user",
      entityId: id,
      before: { ...audited(before), password: passwordHash ? "(old)" : undefined },
      after: { ...audited(after!), password: passwordHash ? "(new)" : undefined },
    });
    return after!;
  });

  return toUserView(updated);
}

async function assertAnotherAdmin(tx: Db, exceptId: string) {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(user)
    .where(and(eq(user.role, "admin"), isNull(user.disabledAt), ne(user.id, exceptId)));
  if (!row || row.n === 0) {
    throw conflict("This is the last active admin: make another admin first.");
  }
}

/** The user for this e-mail and password, or null; disabled users cannot sign in. */
export async function verifyCredentials(db: Db, email: string, password: string) {
  const [row] = await db.select().from(user).where(eq(user.email, email.toLowerCase()));

  const ok = row?.passwordHash
    ? await verifyPassword(password, row.passwordHash)
    : await verifyPassword(password, await DUMMY_HASH).then(() => false);

  if (!row || !ok || row.disabledAt) return null;
  return row;
}
