import { z } from "zod";

import { endpoint } from "./endpoint";
import { role } from "./users";
import { scope } from "./tokens";

export const health = z.object({
  status: z.literal("ok"),
  database: z.enum(["pglite", "postgres"]),
});

export const me = z
  .object({
    kind: z.enum(["user", "service"]),
    id: z.string(),
    name: z.string(),
    role: role.nullable(),
    scopes: z.array(scope),
    regions: z.union([z.literal("all"), z.array(z.string())]),
    via: z.enum(["session", "token"]),
  })
  .meta({ id: "Me" });

export const systemEndpoints = {
  health: endpoint({
    method: "GET",
    path: "/api/health",
    summary: "Liveness and which database is in use",
    tag: "System",
    scope: "public",
    response: health,
  }),
  me: endpoint({
    method: "GET",
    path: "/api/v1/me",
    summary: "Who you are, with your effective scopes and regions",
    tag: "System",
    scope: "signed-in",
    response: me,
  }),
  openapi: endpoint({
    method: "GET",
    path: "/api/v1/openapi.json",
    summary: "This document",
    tag: "System",
    scope: "public",
    response: z.record(z.string(), z.unknown()),
  }),
};
