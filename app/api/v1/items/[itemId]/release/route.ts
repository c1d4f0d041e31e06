import { handle } from "@/lib/api/handler";
import { reviewEndpoints } from "@/lib/contract/review";
import { giveBack } from "@/lib/review/submit";

export const POST = handle(
  reviewEndpoints.release,
  async ({ db, actor, params, body }) => {
    await giveBack(db, actor, params.itemId, body.leaseId, "released");
    return { ok: true as const };
  },
);
