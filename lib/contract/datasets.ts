import { z } from "zod";

import { key, timestamp } from "./common";
import { endpoint } from "./endpoint";

export const MAX_BASE_ROWS = 50_000;
export const EXPORT_FORMATS = ["jsonl", "csv", "parquet"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const names = z.array(z.string().min(1).max(200)).max(1000);

export const datasetFilter = z
  .strictObject({
    modelVersions: names.optional(),
    regions: names.optional(),
    clients: names.optional(),
    from: timestamp.optional(),
    to: timestamp.optional(),
    labelSource: z.enum(["reviewed", "outcome", "both"]).default("both"),
    minAgreement: z.number().min(0).max(1).nullish(),
  })
  .refine((f) => !f.from || !f.to || f.from < f.to, {
    message: "from must be before to",
    path: ["to"],
  })
  .meta({ id: "DatasetFilter" });

export const datasetBody = z.strictObject({
  name: z.string().trim().min(1).max(200),
  model: key,
  filter: datasetFilter.optional(),
});

export const cutBody = z
  .strictObject({
    base: z.strictObject({ policy: z.enum(["feedback_wins", "keep_base"]) }).optional(),
  })
  .optional();

const featureValue = z.union([z.number(), z.string().max(10_000), z.boolean(), z.null()]);

export const baseBody = z.strictObject({
  rows: z
    .array(
      z.strictObject({
        id: z.string().min(1).max(200).optional(),
        features: z.record(z.string().min(1).max(200), featureValue),
        label: z.string().min(1).max(200),
      }),
    )
    .max(MAX_BASE_ROWS),
  replace: z.boolean().default(false),
});

/** A version's sha256: of its rows, not of an export (each has its own in the manifest). */
const contentSha256 = z.string().meta({
  description:
    "Content hash: sha256 over the version's rows in key order, each as its canonical " +
    "text; the files' own checksums are in the manifest's formats",
});

export const versionView = z
  .object({
    version: z.number().int(),
    rows: z.number().int(),
    sha256: contentSha256,
    trigger: z.enum(["manual", "api", "retraining"]),
    labelCounts: z.record(z.string(), z.number().int()),
    basePolicy: z.enum(["feedback_wins", "keep_base"]).nullable(),
    feedbackRows: z.number().int(),
    baseRows: z.number().int(),
    conflicts: z.number().int(),
    createdBy: z.string(),
    createdAt: timestamp,
  })
  .meta({ id: "DatasetVersion" });

export const datasetView = z
  .object({
    id: z.uuid(),
    name: z.string(),
    model: z.string(),
    filter: z.record(z.string(), z.unknown()),
    baseRows: z.number().int(),
    createdBy: z.string(),
    createdAt: timestamp,
    latest: versionView.nullable(),
    versionCount: z.number().int(),
  })
  .meta({ id: "Dataset" });

export const datasetRow = z
  .object({
    predictionId: z.string().nullable(),
    modelVersion: z.string().nullable(),
    region: z.string().nullable(),
    client: z.string().nullable(),
    timestamp: z.string().nullable(),
    features: z.record(z.string(), z.unknown()),
    text: z.string().nullable(),
    predictedLabel: z.string().nullable(),
    label: z.string(),
    source: z.enum(["reviewed", "outcome", "base"]),
    agreement: z.number().nullable(),
  })
  .meta({ id: "DatasetRow" });

export const diffRow = z
  .object({
    key: z.string(),
    predictionId: z.string().nullable(),
    fromLabel: z.string().nullable(),
    toLabel: z.string().nullable(),
    fromSource: z.string().nullable(),
    toSource: z.string().nullable(),
  })
  .meta({ id: "DatasetDiffRow" });

export const manifestView = z
  .object({
    dataset: z.uuid(),
    name: z.string(),
    model: z.string(),
    version: z.number().int(),
    rows: z.number().int(),
    sha256: contentSha256,
    schema: z.array(
      z.object({ name: z.string(), type: z.string(), nullable: z.boolean() }),
    ),
    formats: z.record(
      z.string(),
      z.object({ sha256: z.string(), bytes: z.number().int(), contentType: z.string() }),
    ),
  })
  .meta({ id: "DatasetManifest" });

const datasetParams = z.object({ datasetId: z.uuid() });
const versionParams = datasetParams.extend({
  version: z.coerce.number().int().positive(),
});
const cursorQuery = z.object({
  cursor: z.string().max(1000).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

export type DatasetInput = z.infer<typeof datasetBody>;
export type DatasetView = z.infer<typeof datasetView>;
export type VersionView = z.infer<typeof versionView>;
export type DatasetRowView = z.infer<typeof datasetRow>;
export type DiffRowView = z.infer<typeof diffRow>;
export type BaseInput = z.infer<typeof baseBody>;
export type ManifestView = z.infer<typeof manifestView>;
export type DiffKind = "added" | "removed" | "relabeled";

const tag = "Datasets";

export const datasetEndpoints = {
  list: endpoint({
    method: "GET",
    path: "/api/v1/datasets",
    summary: "The feedback datasets you may read, newest first",
    tag,
    scope: "datasets:read",
    response: z.object({ datasets: z.array(datasetView) }),
  }),
  create: endpoint({
    method: "POST",
    path: "/api/v1/datasets",
    summary: "Define a dataset: a model and a filter (regions are fixed to yours)",
    tag,
    scope: "datasets:write",
    body: datasetBody,
    response: z.object({ id: z.uuid() }),
    status: 201,
  }),
  get: endpoint({
    method: "GET",
    path: "/api/v1/datasets/{datasetId}",
    summary: "One dataset with its versions",
    tag,
    scope: "datasets:read",
    params: datasetParams,
    response: z.object({ dataset: datasetView, versions: z.array(versionView) }),
  }),
  cut: endpoint({
    method: "POST",
    path: "/api/v1/datasets/{datasetId}/versions",
    summary: "Cut an immutable version, optionally merged with the base rows",
    tag,
    scope: "datasets:write",
    params: datasetParams,
    body: cutBody,
    response: z.object({
      version: z.number().int(),
      rows: z.number().int(),
      sha256: contentSha256,
    }),
    status: 201,
  }),
  rows: endpoint({
    method: "GET",
    path: "/api/v1/datasets/{datasetId}/versions/{version}/rows",
    summary: "A page of a version's rows in key order",
    tag,
    scope: "datasets:read",
    params: versionParams,
    query: cursorQuery,
    response: z.object({ rows: z.array(datasetRow), nextCursor: z.string().nullable() }),
  }),
  export: endpoint({
    method: "GET",
    path: "/api/v1/datasets/{datasetId}/versions/{version}/export",
    summary: "Stream a version as JSONL, CSV or Parquet; the same bytes every time",
    tag,
    scope: "datasets:read",
    params: versionParams,
    query: z.object({ format: z.enum(EXPORT_FORMATS).default("jsonl") }),
    response: z.string().meta({ description: "the file" }),
  }),
  manifest: endpoint({
    method: "GET",
    path: "/api/v1/datasets/{datasetId}/versions/{version}/manifest",
    summary: "A version's schema, row count and the sha256 of each export format",
    tag,
    scope: "datasets:read",
    params: versionParams,
    response: manifestView,
  }),
  diff: endpoint({
    method: "GET",
    path: "/api/v1/datasets/{datasetId}/diff",
    summary: "Rows added, removed and relabeled between two versions",
    tag,
    scope: "datasets:read",
    params: datasetParams,
    query: cursorQuery.extend({
      from: z.coerce.number().int().positive(),
      to: z.coerce.number().int().positive(),
      kind: z.enum(["added", "removed", "relabeled"]).default("added"),
    }),
    response: z.object({
      from: z.number().int(),
      to: z.number().int(),
      counts: z.object({
        added: z.number().int(),
        removed: z.number().int(),
        relabeled: z.number().int(),
      }),
      kind: z.enum(["added", "removed", "relabeled"]),
      rows: z.array(diffRow),
      nextCursor: z.string().nullable(),
    }),
  }),
  base: endpoint({
    method: "POST",
    path: "/api/v1/datasets/{datasetId}/base",
    summary:
      "Upload the base rows (e.g. the training set) in chunks; replace starts over",
    tag,
    scope: "datasets:write",
    params: datasetParams,
    body: baseBody,
    response: z.object({ rows: z.number().int() }),
    maxBodyBytes: 32 * 1024 * 1024,
  }),
};
