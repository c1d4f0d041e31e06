import { handle } from "@/lib/api/handler";
import { ingestEndpoints } from "@/lib/contract/ingest";
import { ingestOutcomes } from "@/lib/ingest/outcomes";

export const POST = handle(ingestEndpoints.outcomes, async ({ db, actor, body }) =>
  ingestOutcomes(db, actor, body.outcomes),
);
