import { handle } from "@/lib/api/handler";
import { tokenEndpoints } from "@/lib/contract/tokens";
import { revokeToken } from "@/lib/tokens";

export const DELETE = handle(tokenEndpoints.revoke, async ({ db, actor, params }) => ({
  token: await revokeToken(db, actor, params.tokenId),
}));
