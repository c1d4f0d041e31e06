import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  doublePrecision,
  index,
  pgTable,
  smallint,
  text,
  timestamp,
} from "drizzle-orm/pg-core";

import { prediction, type ReviewReason } from "./prediction";

/**
 * open: claimable; leased: every label it needs is taken by a live lease;
 * disputed: waits for a lead (a tie, or a reviewer marked it unsure);
 * done: has its final label.
 */
export type ItemStatus = "open" | "leased" | "disputed" | "done";

export type FinalSource = "agreed" | "majority" | "adjudicated";

/** A prediction sent to human review: flagged as uncertain, or an audit sample. */
export const reviewItem = pgTable(
  "review_item",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    predictionId: bigint("prediction_id", { mode: "number" })
      .notNull()
      .unique()
      .references(() => prediction.id),
    modelKey: text("model_key").notNull(),
    region: text("region").notNull(),
    reason: text("reason").$type<ReviewReason>().notNull(),
    priority: doublePrecision("priority").notNull(),
    // priority − AGE_BOOST_PER_SECOND × created (epoch seconds): ordering by it
    // equals ordering by priority plus an age boost, and an index can serve it.
    rank: doublePrecision("rank").notNull().default(0),
    predictedLabel: text("predicted_label").notNull().default(""),
    status: text("status").$type<ItemStatus>().notNull().default("open"),
    labelsNeeded: smallint("labels_needed").notNull().default(1),
    labelCount: smallint("label_count").notNull().default(0),
    activeLeases: smallint("active_leases").notNull().default(0),
    finalLabel: text("final_label"),
    finalSource: text("final_source").$type<FinalSource>(),
    disagreement: boolean("disagreement").notNull().default(false),
    // The share of the standing labels equal to the final label, set with it:
    // a dataset cut reads it instead of counting a million items' votes again.
    agreement: doublePrecision("agreement"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    doneAt: timestamp("done_at", { withTimezone: true }),
  },
  (t) => [
    index("review_item_claim_idx")
      .on(t.modelKey, t.rank.desc())
      .where(sql`${t.status} = 'open'`),
    index("review_item_class_claim_idx")
      .on(t.modelKey, t.predictedLabel, t.rank.desc())
      .where(sql`${t.status} = 'open'`),
    index("review_item_status_idx").on(t.modelKey, t.status, t.region),
    index("review_item_disagreement_idx")
      .on(t.modelKey, t.createdAt)
      .where(sql`${t.status} = 'disputed' or ${t.disagreement}`),
  ],
);
