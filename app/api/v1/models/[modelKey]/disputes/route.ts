import { handle } from "@/lib/api/handler";
import { reviewEndpoints } from "@/lib/contract/review";
import { assertLead } from "@/lib/review/adjudicate";
import { listDisputes } from "@/lib/review/disputes";

export const GET = handle(reviewEndpoints.disputes, async ({ db, actor, params }) => {
  assertLead(actor);
  return { items: await listDisputes(db, actor, params.modelKey) };
});
