import {
  bigint,
  doublePrecision,
  index,
  pgTable,
  text,
  timestamp,
} from "drizzle-orm/pg-core";

import { prediction, type ReviewReason } from "./prediction";

export type ItemStatus = "open" | "done";

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
    status: text("status").$type<ItemStatus>().notNull().default("open"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("review_item_queue_idx").on(t.modelKey, t.status, t.priority)],
);
