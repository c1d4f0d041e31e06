import { handle } from "@/lib/api/handler";
import { verifyAuditChain } from "@/lib/audit/verify";
import { auditEndpoints } from "@/lib/contract/audit";

export const GET = handle(auditEndpoints.verify, async ({ db }) => verifyAuditChain(db));
