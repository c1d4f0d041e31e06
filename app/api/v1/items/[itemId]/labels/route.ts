import { handle } from "@/lib/api/handler";
import { reviewEndpoints } from "@/lib/contract/review";
import { submitLabel } from "@/lib/review/submit";

export const POST = handle(reviewEndpoints.label, async ({ db, actor, params, body }) =>
  submitLabel(db, actor, params.itemId, body),
);
