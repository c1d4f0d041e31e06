import { handle } from "@/lib/api/handler";
import { reviewEndpoints } from "@/lib/contract/review";
import { queueOverview, reviewerThroughput } from "@/lib/review/overview";

export const GET = handle(reviewEndpoints.overview, async ({ db, actor }) => {
  const isLead = actor.role === "lead_reviewer" || actor.role === "admin";
  return {
    ...(await queueOverview(db, actor)),
    reviewers: isLead ? await reviewerThroughput(db, actor) : null,
  };
});
