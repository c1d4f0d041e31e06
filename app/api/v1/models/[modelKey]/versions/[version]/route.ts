import { handle } from "@/lib/api/handler";
import { auditActorOf } from "@/lib/auth/actor";
import { modelEndpoints } from "@/lib/contract/models";
import { setVersionNotes } from "@/lib/models";

export const PATCH = handle(
  modelEndpoints.versionNotes,
  async ({ db, actor, params, body }) => ({
    version: await setVersionNotes(
      db,
      auditActorOf(actor),
      params.modelKey,
      params.version,
      body.notes,
    ),
  }),
);
