import { handle } from "@/lib/api/handler";
import { openApiDocument } from "@/lib/api/openapi";
import { ENDPOINTS } from "@/lib/contract";
import { systemEndpoints } from "@/lib/contract/system";

export const GET = handle(systemEndpoints.openapi, async () =>
  openApiDocument(ENDPOINTS),
);
