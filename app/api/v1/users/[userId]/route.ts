import { handle } from "@/lib/api/handler";
import { auditActorOf } from "@/lib/auth/actor";
import { userEndpoints } from "@/lib/contract/users";
import { updateUser } from "@/lib/users";

export const PATCH = handle(
  userEndpoints.update,
  async ({ db, actor, params, body }) => ({
    user: await updateUser(db, auditActorOf(actor), params.userId, body),
  }),
);
