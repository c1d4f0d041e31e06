import { z } from "zod";

import { pageQuery, timestamp } from "./common";
import { endpoint } from "./endpoint";

export const auditEntryView = z
  .object({
    id: z.string(),
    at: timestamp,
    actor: z.object({
      kind: z.enum(["user", "service", "system"]),
      id: z.string().nullable(),
      name: z.string(),
    }),
    action: z.string(),
    entityType: z.string(),
    entityId: z.string(),
    reason: z.string().nullable(),
    before: z.unknown(),
    after: z.unknown(),
    changed: z.array(z.string()),
    hash: z.string(),
  })
  .meta({ id: "AuditEntry" });

export const auditListQuery = pageQuery.extend({
  entityType: z.string().max(60).optional(),
});

export const auditPage = z.object({
  entries: z.array(auditEntryView),
  nextBefore: z.number().int().nullable(),
});

export const verifyResult = z.union([
  z.object({ ok: z.literal(true), checked: z.number().int() }),
  z.object({
    ok: z.literal(false),
    checked: z.number().int(),
    firstBrokenId: z.string(),
  }),
]);

export const auditEndpoints = {
  list: endpoint({
    method: "GET",
    path: "/api/v1/audit",
    summary: "Audit entries, newest first; page with `before`",
    tag: "Audit",
    scope: "admin",
    query: auditListQuery,
    response: auditPage,
  }),
  verify: endpoint({
    method: "GET",
    path: "/api/v1/audit/verify",
    summary: "Recompute the hash chain and report the first broken entry",
    tag: "Audit",
    scope: "admin",
    response: verifyResult,
  }),
};
