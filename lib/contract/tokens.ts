import { z } from "zod";

import { SCOPES } from "@/lib/auth/scopes";

import { key, timestamp } from "./common";
import { endpoint } from "./endpoint";

export const scope = z.enum(SCOPES);

export const tokenView = z
  .object({
    id: z.uuid(),
    name: z.string(),
    kind: z.enum(["personal", "service"]),
    prefix: z.string(),
    scopes: z.array(scope),
    regions: z.array(z.string()).nullable(),
    owner: z.object({ id: z.uuid(), name: z.string(), email: z.string() }).nullable(),
    createdAt: timestamp,
    expiresAt: timestamp.nullable(),
    lastUsedAt: timestamp.nullable(),
    revokedAt: timestamp.nullable(),
    ratePerSecond: z.number().nullable(),
  })
  .meta({ id: "Token" });

export const createTokenBody = z.strictObject({
  name: z.string().trim().min(1).max(120),
  kind: z.enum(["personal", "service"]).default("personal"),
  scopes: z.array(scope).min(1).max(SCOPES.length),
  regions: z.array(key).max(100).nullable().default(null),
  expiresInDays: z.number().int().min(1).max(3650).nullable().default(null),
  ratePerSecond: z.number().positive().max(100_000).nullable().default(null),
});

export const createdToken = z.object({
  token: tokenView,
  secret: z.string().describe("Shown once; only its hash is stored"),
});

export const tokenListQuery = z.object({
  all: z.enum(["true", "false"]).default("false"),
});

export type CreateTokenInput = z.infer<typeof createTokenBody>;
export type TokenView = z.infer<typeof tokenView>;

export const tokenEndpoints = {
  list: endpoint({
    method: "GET",
    path: "/api/v1/tokens",
    summary: "Your personal tokens; with all=true an admin sees every token",
    tag: "Tokens",
    scope: "signed-in",
    query: tokenListQuery,
    response: z.object({ tokens: z.array(tokenView) }),
  }),
  create: endpoint({
    method: "POST",
    path: "/api/v1/tokens",
    summary:
      "Create a personal token, or (admin) a service token; the secret is shown once",
    tag: "Tokens",
    scope: "signed-in",
    body: createTokenBody,
    response: createdToken,
    status: 201,
  }),
  revoke: endpoint({
    method: "DELETE",
    path: "/api/v1/tokens/{tokenId}",
    summary: "Revoke a token at once",
    tag: "Tokens",
    scope: "signed-in",
    params: z.object({ tokenId: z.uuid() }),
    response: z.object({ token: tokenView }),
  }),
};
