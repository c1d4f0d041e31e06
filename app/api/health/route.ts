import { handle } from "@/lib/api/handler";
import { systemEndpoints } from "@/lib/contract/system";
import { getDatabase } from "@/lib/server/database";

export const GET = handle(systemEndpoints.health, async () => {
  const { kind } = await getDatabase();
  return { status: "ok" as const, database: kind };
});
