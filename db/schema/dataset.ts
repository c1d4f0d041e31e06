import {
  bigint,
  customType,
  doublePrecision,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";

import { type FeatureSpec, model } from "./model";

export type LabelSource = "reviewed" | "outcome" | "both";
export type RowSource = "reviewed" | "outcome" | "base";
export type CutTrigger = "manual" | "api" | "retraining";
export type MergePolicy = "feedback_wins" | "keep_base";

/** What a dataset gathers; every field narrows, none given means all. */
export interface DatasetFilter {
  modelVersions?: string[];
  /** Fixed at definition: the asked regions within the creator's (null: every region). */
  regions?: string[] | null;
  clients?: string[];
  from?: string;
  to?: string;
  labelSource: LabelSource;
  minAgreement?: number | null;
}

// Row keys compare byte by byte, so that "key order" is the same on every
// server whatever its locale, and the primary key index serves it.
const byteText = customType<{ data: string }>({
  dataType: () => 'text collate "C"',
});

export const dataset = pgTable("dataset", {
  id: uuid("id").primaryKey().defaultRandom(),
  name: text("name").notNull(),
  modelKey: text("model_key")
    .notNull()
    .references(() => model.key),
  filter: jsonb("filter").$type<DatasetFilter>().notNull(),
  createdById: text("created_by_id"),
  createdByName: text("created_by_name").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

/** An immutable snapshot: its rows are copied once, at the cut, and never change. */
export const datasetVersion = pgTable(
  "dataset_version",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    datasetId: uuid("dataset_id")
      .notNull()
      .references(() => dataset.id),
    version: integer("version").notNull(),
    trigger: text("trigger").$type<CutTrigger>().notNull(),
    rows: integer("rows").notNull(),
    // The content hash of the version's rows (lib/datasets/content-hash.ts);
    // each export format's own sha256 and length are in dataset_version_file.
    sha256: text("sha256").notNull(),
    // The model's features at the cut: the CSV and Parquet columns.
    features: jsonb("features").$type<FeatureSpec[]>().notNull(),
    labelCounts: jsonb("label_counts").$type<Record<string, number>>().notNull(),
    basePolicy: text("base_policy").$type<MergePolicy>(),
    feedbackRows: integer("feedback_rows").notNull(),
    baseRows: integer("base_rows").notNull(),
    conflicts: integer("conflicts").notNull().default(0),
    createdById: text("created_by_id"),
    createdByName: text("created_by_name").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("dataset_version_number_key").on(t.datasetId, t.version)],
);

/**
 * A version's rows. `row_key` is "p:" + prediction id (base rows that carry an
 * id share it, which is how they meet feedback), or "b:" + a zero-padded
 * ordinal for base rows without an id, so those never conflict.
 */
export const datasetVersionRow = pgTable(
  "dataset_version_row",
  {
    // No foreign key: its check ran once per copied row and was a third of a
    // million-row cut. Rows are written only by the cut, in the transaction
    // that inserts their version, and versions are never deleted.
    versionId: bigint("version_id", { mode: "number" }).notNull(),
    rowKey: byteText("row_key").notNull(),
    predictionId: text("prediction_id"),
    modelVersion: text("model_version"),
    region: text("region"),
    client: text("client"),
    ts: timestamp("ts", { withTimezone: true, precision: 3 }),
    features: jsonb("features").$type<Record<string, unknown>>().notNull(),
    text: text("text"),
    predictedLabel: text("predicted_label"),
    label: text("label").notNull(),
    source: text("source").$type<RowSource>().notNull(),
    agreement: doublePrecision("agreement"),
  },
  (t) => [primaryKey({ columns: [t.versionId, t.rowKey] })],
);

/** The base (e.g. training) rows a version can be merged with; one set per dataset. */
export const datasetBaseRow = pgTable(
  "dataset_base_row",
  {
    datasetId: uuid("dataset_id")
      .notNull()
      .references(() => dataset.id),
    rowKey: byteText("row_key").notNull(),
    predictionId: text("prediction_id"),
    features: jsonb("features").$type<Record<string, unknown>>().notNull(),
    label: text("label").notNull(),
  },
  (t) => [primaryKey({ columns: [t.datasetId, t.rowKey] })],
);

/** Digests of a version's exports, computed on first request and kept. */
export const datasetVersionFile = pgTable(
  "dataset_version_file",
  {
    versionId: bigint("version_id", { mode: "number" })
      .notNull()
      .references(() => datasetVersion.id),
    format: text("format").notNull(),
    sha256: text("sha256").notNull(),
    bytes: bigint("bytes", { mode: "number" }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.versionId, t.format] })],
);
