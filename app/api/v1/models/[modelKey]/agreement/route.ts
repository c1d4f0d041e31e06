import { handle } from "@/lib/api/handler";
import { reviewEndpoints } from "@/lib/contract/review";
import { modelAgreement } from "@/lib/review/agreement";

export const GET = handle(reviewEndpoints.agreement, async ({ db, params }) =>
  modelAgreement(db, params.modelKey),
);
