import { handle } from "@/lib/api/handler";
import { listAudit } from "@/lib/audit/list";
import { auditEndpoints } from "@/lib/contract/audit";

export const GET = handle(auditEndpoints.list, async ({ db, query }) =>
  listAudit(db, query),
);
