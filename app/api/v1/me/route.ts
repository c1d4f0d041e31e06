import { handle } from "@/lib/api/handler";
import { systemEndpoints } from "@/lib/contract/system";

export const GET = handle(systemEndpoints.me, async ({ actor }) => ({
  kind: actor.kind,
  id: actor.id,
  name: actor.name,
  role: actor.role,
  scopes: [...actor.scopes],
  regions: actor.regions === "all" ? ("all" as const) : [...actor.regions],
  via: actor.via,
}));
