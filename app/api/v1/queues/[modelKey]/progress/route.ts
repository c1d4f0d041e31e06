import { handle } from "@/lib/api/handler";
import { reviewEndpoints } from "@/lib/contract/review";
import { reviewerProgress } from "@/lib/review/overview";

export const GET = handle(reviewEndpoints.progress, async ({ db, actor, params }) =>
  reviewerProgress(db, actor, params.modelKey),
);
