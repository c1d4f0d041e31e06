import { handle } from "@/lib/api/handler";
import { reviewEndpoints } from "@/lib/contract/review";
import { claimNext } from "@/lib/review/claim";

export const POST = handle(reviewEndpoints.claim, async ({ db, actor, body }) => {
  const claimed = await claimNext(db, actor, body.model);
  return claimed ?? new Response(null, { status: 204 });
});
