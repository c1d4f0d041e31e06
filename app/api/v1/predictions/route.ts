import { handle } from "@/lib/api/handler";
import { ingestEndpoints } from "@/lib/contract/ingest";
import { ingestPredictions } from "@/lib/ingest/predictions";

export const POST = handle(ingestEndpoints.predictions, async ({ db, actor, body }) =>
  ingestPredictions(db, actor, body.predictions),
);
