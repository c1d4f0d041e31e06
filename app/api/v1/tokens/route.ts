import { handle } from "@/lib/api/handler";
import { tokenEndpoints } from "@/lib/contract/tokens";
import { createToken, listTokens } from "@/lib/tokens";

export const GET = handle(tokenEndpoints.list, async ({ db, actor, query }) => ({
  tokens: await listTokens(db, actor, query.all === "true"),
}));

export const POST = handle(tokenEndpoints.create, async ({ db, actor, body }) =>
  createToken(db, actor, body),
);
