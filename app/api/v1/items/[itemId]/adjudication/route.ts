import { handle } from "@/lib/api/handler";
import { reviewEndpoints } from "@/lib/contract/review";
import { adjudicate } from "@/lib/review/adjudicate";

export const POST = handle(
  reviewEndpoints.adjudicate,
  async ({ db, actor, params, body }) => adjudicate(db, actor, params.itemId, body),
);
