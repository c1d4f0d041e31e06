import { handle } from "@/lib/api/handler";
import { auditActorOf } from "@/lib/auth/actor";
import { modelEndpoints } from "@/lib/contract/models";
import { getModel, upsertModel } from "@/lib/models";

export const GET = handle(modelEndpoints.get, async ({ db, params }) =>
  getModel(db, params.modelKey),
);

export const PUT = handle(modelEndpoints.put, async ({ db, actor, params, body }) =>
  upsertModel(db, auditActorOf(actor), params.modelKey, body),
);
