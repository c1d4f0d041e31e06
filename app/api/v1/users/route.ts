import { handle } from "@/lib/api/handler";
import { auditActorOf } from "@/lib/auth/actor";
import { userEndpoints } from "@/lib/contract/users";
import { createUser, listUsers } from "@/lib/users";

export const GET = handle(userEndpoints.list, async ({ db }) => ({
  users: await listUsers(db),
}));

export const POST = handle(userEndpoints.create, async ({ db, actor, body }) =>
  createUser(db, auditActorOf(actor), body),
);
