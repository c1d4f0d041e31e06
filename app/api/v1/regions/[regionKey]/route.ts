import { handle } from "@/lib/api/handler";
import { auditActorOf } from "@/lib/auth/actor";
import { authorize } from "@/lib/auth/authorize";
import { regionEndpoints } from "@/lib/contract/regions";
import { getRegion, upsertRegion } from "@/lib/regions";

export const GET = handle(regionEndpoints.get, async ({ db, actor, params }) => {
  authorize(actor, { region: params.regionKey });
  return { region: await getRegion(db, params.regionKey) };
});

export const PUT = handle(regionEndpoints.put, async ({ db, actor, params, body }) =>
  upsertRegion(db, auditActorOf(actor), params.regionKey, body),
);
