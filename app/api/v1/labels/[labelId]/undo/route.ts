import { handle } from "@/lib/api/handler";
import { reviewEndpoints } from "@/lib/contract/review";
import { undoLabel } from "@/lib/review/undo";

export const POST = handle(reviewEndpoints.undo, async ({ db, actor, params }) =>
  undoLabel(db, actor, params.labelId),
);
