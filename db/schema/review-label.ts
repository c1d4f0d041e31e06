import { sql } from "drizzle-orm";
import {
  bigint,
  index,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

import { reviewItem } from "./review-item";
import { reviewLease } from "./review-lease";
import { user } from "./user";

export type LabelKind = "label" | "unsure";

/** What a reviewer said of an item: a class, or that they are unsure. */
export const reviewLabel = pgTable(
  "review_label",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    itemId: bigint("item_id", { mode: "number" })
      .notNull()
      .references(() => reviewItem.id),
    reviewerId: uuid("reviewer_id")
      .notNull()
      .references(() => user.id),
    leaseId: uuid("lease_id")
      .notNull()
      .references(() => reviewLease.id),
    kind: text("kind").$type<LabelKind>().notNull(),
    label: text("label"),
    note: text("note"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    undoneAt: timestamp("undone_at", { withTimezone: true }),
  },
  (t) => [
    index("review_label_item_idx").on(t.itemId),
    index("review_label_reviewer_idx").on(t.reviewerId, t.createdAt),
    // Never the same reviewer twice on one item.
    uniqueIndex("review_label_once_idx")
      .on(t.itemId, t.reviewerId)
      .where(sql`${t.undoneAt} is null`),
  ],
);
