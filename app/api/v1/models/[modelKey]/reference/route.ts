import { handle } from "@/lib/api/handler";
import { auditActorOf } from "@/lib/auth/actor";
import { ingestEndpoints } from "@/lib/contract/ingest";
import { addReference } from "@/lib/ingest/reference";

export const POST = handle(
  ingestEndpoints.reference,
  async ({ db, actor, params, body }) =>
    addReference(db, auditActorOf(actor), params.modelKey, body),
);
