import { z } from "zod";

import { key, timestamp } from "./common";
import { endpoint } from "./endpoint";

export const regionBody = z.strictObject({
  name: z.string().trim().min(1).max(120),
  retentionDays: z.number().int().min(1).max(36_500).nullable().default(null),
  sensitiveFields: z.array(z.string().min(1).max(120)).max(200).default([]),
});

export const regionView = z
  .object({
    key: z.string(),
    name: z.string(),
    retentionDays: z.number().int().nullable(),
    sensitiveFields: z.array(z.string()),
    createdAt: timestamp,
    updatedAt: timestamp,
  })
  .meta({ id: "Region" });

export type RegionInput = z.infer<typeof regionBody>;
export type RegionView = z.infer<typeof regionView>;

const regionParams = z.object({ regionKey: key });

export const regionEndpoints = {
  list: endpoint({
    method: "GET",
    path: "/api/v1/regions",
    summary: "The regions you may see",
    tag: "Regions",
    scope: "signed-in",
    response: z.object({ regions: z.array(regionView) }),
  }),
  get: endpoint({
    method: "GET",
    path: "/api/v1/regions/{regionKey}",
    summary: "One region, if it is one of yours",
    tag: "Regions",
    scope: "signed-in",
    params: regionParams,
    response: z.object({ region: regionView }),
  }),
  put: endpoint({
    method: "PUT",
    path: "/api/v1/regions/{regionKey}",
    summary: "Create or update a region",
    tag: "Regions",
    scope: "admin",
    params: regionParams,
    body: regionBody,
    response: z.object({ region: regionView, created: z.boolean() }),
  }),
};
