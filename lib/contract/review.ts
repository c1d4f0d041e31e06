import { z } from "zod";

import { key, timestamp } from "./common";
import { endpoint } from "./endpoint";

const numericId = z
  .string()
  .regex(/^\d{1,18}$/, "a numeric id")
  .transform(Number);
const itemParams = z.object({ itemId: numericId });
const note = z.string().max(2_000).nullish();
const leaseId = z.uuid();

export const leaseView = z
  .object({ id: z.uuid(), expiresAt: timestamp })
  .meta({ id: "Lease" });

export const itemView = z
  .object({
    id: z.string(),
    model: z.string(),
    predictionId: z.string(),
    modelVersion: z.string(),
    region: z.string(),
    client: z.string(),
    timestamp,
    features: z.record(z.string(), z.unknown()),
    text: z.string().nullable(),
    maskedFields: z.array(z.string()),
    output: z.object({
      label: z.string(),
      probabilities: z.record(z.string(), z.number()),
    }),
    explanation: z
      .object({
        attributions: z.record(z.string(), z.number()).optional(),
        decisionPath: z.array(z.string()).optional(),
      })
      .nullable(),
    latencyMs: z.number().nullable(),
    error: z.string().nullable(),
    priority: z.number(),
    reason: z.enum(["flagged", "audit"]),
    labels: z.array(z.string()),
    labelsNeeded: z.number().int(),
    labelCount: z.number().int(),
  })
  .meta({ id: "ReviewItem" });

export const claimed = z.object({ item: itemView, lease: leaseView });

const labelResult = z.object({
  label: z.object({ id: z.string(), itemId: z.string(), label: z.string().nullable() }),
  itemStatus: z.enum(["open", "leased", "disputed", "done"]).optional(),
});

export const reviewEndpoints = {
  claim: endpoint({
    method: "POST",
    path: "/api/v1/queue/claim",
    summary: "Lease the most useful next item of a model's queue (204 when none is left)",
    tag: "Review",
    scope: "review",
    body: z.strictObject({ model: key }),
    response: claimed,
  }),
  label: endpoint({
    method: "POST",
    path: "/api/v1/items/{itemId}/labels",
    summary: "Label an item under a live lease (409 when the lease was lost)",
    tag: "Review",
    scope: "review",
    params: itemParams,
    body: z.strictObject({ leaseId, label: z.string().min(1).max(200), note }),
    response: labelResult,
    status: 201,
  }),
  unsure: endpoint({
    method: "POST",
    path: "/api/v1/items/{itemId}/unsure",
    summary: "Mark an item as too hard to call: it goes to a lead",
    tag: "Review",
    scope: "review",
    params: itemParams,
    body: z.strictObject({ leaseId, note }),
    response: labelResult,
    status: 201,
  }),
  skip: endpoint({
    method: "POST",
    path: "/api/v1/items/{itemId}/skip",
    summary: "Pass an item on to other reviewers; it is not offered to you again",
    tag: "Review",
    scope: "review",
    params: itemParams,
    body: z.strictObject({ leaseId }),
    response: z.object({ ok: z.literal(true) }),
  }),
  release: endpoint({
    method: "POST",
    path: "/api/v1/items/{itemId}/release",
    summary: "Give an item back to the queue at once (for anyone, you included)",
    tag: "Review",
    scope: "review",
    params: itemParams,
    body: z.strictObject({ leaseId }),
    response: z.object({ ok: z.literal(true) }),
  }),
  renew: endpoint({
    method: "POST",
    path: "/api/v1/leases/{leaseId}/renew",
    summary: "Extend a live lease while the item is on screen",
    tag: "Review",
    scope: "review",
    params: z.object({ leaseId }),
    response: z.object({ lease: leaseView }),
  }),
  undo: endpoint({
    method: "POST",
    path: "/api/v1/labels/{labelId}/undo",
    summary: "Take back your recent label and get the item again under a new lease",
    tag: "Review",
    scope: "review",
    params: z.object({ labelId: numericId }),
    response: claimed,
  }),
  adjudicate: endpoint({
    method: "POST",
    path: "/api/v1/items/{itemId}/adjudication",
    summary: "Settle a disagreement (lead reviewers and admins)",
    tag: "Review",
    scope: "review",
    params: itemParams,
    body: z.strictObject({ label: z.string().min(1).max(200), note }),
    response: z.object({ itemId: z.string(), finalLabel: z.string() }),
  }),
  disputes: endpoint({
    method: "GET",
    path: "/api/v1/models/{modelKey}/disputes",
    summary: "Items whose reviewers disagreed or were unsure (lead reviewers and admins)",
    tag: "Review",
    scope: "review",
    params: z.object({ modelKey: key }),
    response: z.object({ items: z.array(z.record(z.string(), z.unknown())) }),
  }),
  overview: endpoint({
    method: "GET",
    path: "/api/v1/queues",
    summary:
      "Queue depth per model and region, label rates, and (leads) reviewer throughput",
    tag: "Review",
    scope: ["review", "metrics:read"],
    response: z.record(z.string(), z.unknown()),
  }),
  progress: endpoint({
    method: "GET",
    path: "/api/v1/queues/{modelKey}/progress",
    summary: "Your labels today and the items left in this queue",
    tag: "Review",
    scope: "review",
    params: z.object({ modelKey: key }),
    response: z.object({ doneToday: z.number().int(), leftInQueue: z.number().int() }),
  }),
  agreement: endpoint({
    method: "GET",
    path: "/api/v1/models/{modelKey}/agreement",
    summary:
      "Inter-reviewer agreement: Cohen's kappa for two labels per item, Fleiss' for more",
    tag: "Review",
    scope: ["review", "metrics:read"],
    params: z.object({ modelKey: key }),
    response: z.object({
      method: z.enum(["cohen", "fleiss", "none"]),
      kappa: z.number().nullable(),
      items: z.number().int(),
      raters: z.number().int(),
    }),
  }),
};
