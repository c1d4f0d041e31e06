import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
} from "drizzle-orm/pg-core";

export type FeatureType = "numerical" | "categorical";
export type DriftMethod =
  "ks" | "psi" | "wasserstein" | "wassersteinNormed" | "chiSquare" | "jensenShannon";

export interface FeatureSpec {
  name: string;
  type: FeatureType;
  /** Overrides the default drift test for this feature. */
  drift?: { method: DriftMethod; threshold: number };
}

export type FlaggingStrategy = "least_confidence" | "margin" | "entropy";

export interface FlaggingPolicy {
  strategy: FlaggingStrategy;
  threshold: number;
  auditRate: number;
}

export const model = pgTable("model", {
  key: text("key").primaryKey(),
  name: text("name").notNull(),
  labels: text("labels").array().notNull(),
  features: jsonb("features").$type<FeatureSpec[]>().notNull(),
  flagging: jsonb("flagging").$type<FlaggingPolicy>().notNull(),
  labelsPerItem: integer("labels_per_item").notNull().default(1),
  // Serve the predicted class with the fewest labels first, so that rare
  // classes are not starved by a common one.
  balanceClasses: boolean("balance_classes").notNull().default(false),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** The changelog of deployed versions, registered on first sight. */
export const modelVersion = pgTable(
  "model_version",
  {
    modelKey: text("model_key")
      .notNull()
      .references(() => model.key),
    version: text("version").notNull(),
    firstSeenAt: timestamp("first_seen_at", { withTimezone: true })
      .notNull()
      .defaultNow(),
    notes: text("notes")
      .notNull()
      .default(sql`''`),
  },
  (t) => [primaryKey({ columns: [t.modelKey, t.version] })],
);

/**
 * Prediction counts per version, spread over a few rows per version (one per
 * connection slot) so that concurrent batches do not queue on a single row.
 * A version's count is the sum of its shards.
 */
export const modelVersionTally = pgTable(
  "model_version_tally",
  {
    modelKey: text("model_key").notNull(),
    version: text("version").notNull(),
    shard: smallint("shard").notNull(),
    predictions: bigint("predictions", { mode: "number" }).notNull(),
    // The earliest and latest prediction timestamps this shard has counted.
    firstSeenAt: timestamp("first_seen_at", { withTimezone: true })
      .notNull()
      .defaultNow(),
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.modelKey, t.version, t.shard] })],
);

/** The training reference that drift is measured against. */
export const referenceRow = pgTable(
  "reference_row",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    modelKey: text("model_key")
      .notNull()
      .references(() => model.key),
    features: jsonb("features").$type<Record<string, unknown>>().notNull(),
    label: text("label"),
  },
  (t) => [index("reference_row_model_idx").on(t.modelKey)],
);
