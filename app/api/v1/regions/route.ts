import { handle } from "@/lib/api/handler";
import { regionEndpoints } from "@/lib/contract/regions";
import { listRegions } from "@/lib/regions";

export const GET = handle(regionEndpoints.list, async ({ db, actor }) => ({
  regions: await listRegions(db, actor),
}));
