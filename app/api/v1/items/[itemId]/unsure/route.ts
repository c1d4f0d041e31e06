import { handle } from "@/lib/api/handler";
import { reviewEndpoints } from "@/lib/contract/review";
import { markUnsure } from "@/lib/review/submit";

export const POST = handle(reviewEndpoints.unsure, async ({ db, actor, params, body }) =>
  markUnsure(db, actor, params.itemId, body),
);
