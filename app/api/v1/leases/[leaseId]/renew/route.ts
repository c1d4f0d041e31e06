import { handle } from "@/lib/api/handler";
import { reviewEndpoints } from "@/lib/contract/review";
import { renewLease } from "@/lib/review/lease";

export const POST = handle(reviewEndpoints.renew, async ({ db, actor, params }) => ({
  lease: await renewLease(db, actor, params.leaseId),
}));
