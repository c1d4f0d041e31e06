import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  index,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

import { reviewItem } from "./review-item";
import { user } from "./user";

export type LeaseState = "live" | "completed" | "released" | "skipped" | "expired";

/** A reviewer's time-limited hold on an item; the label must come under a live one. */
export const reviewLease = pgTable(
  "review_lease",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    itemId: bigint("item_id", { mode: "number" })
      .notNull()
      .references(() => reviewItem.id),
    reviewerId: uuid("reviewer_id")
      .notNull()
      .references(() => user.id),
    state: text("state").$type<LeaseState>().notNull().default("live"),
    // True when the item takes one label: then no second live lease may exist.
    exclusive: boolean("exclusive").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    endedAt: timestamp("ended_at", { withTimezone: true }),
  },
  (t) => [
    index("review_lease_item_reviewer_idx").on(t.itemId, t.reviewerId),
    index("review_lease_expiry_idx")
      .on(t.expiresAt)
      .where(sql`${t.state} = 'live'`),
    // The items a claim must not offer this reviewer again: skipped ones, and
    // multi-label items they hold or labeled. Single-label items they hold or
    // labeled are no longer open, so they need no entry here.
    index("review_lease_exclusion_idx")
      .on(t.reviewerId, t.itemId)
      .where(
        sql`${t.state} = 'skipped' or (not ${t.exclusive} and ${t.state} in ('live', 'completed'))`,
      ),
    // The database itself refuses a second live lease where only one may exist,
    // and a reviewer holding two live leases on one item.
    uniqueIndex("review_lease_exclusive_idx")
      .on(t.itemId)
      .where(sql`${t.state} = 'live' and ${t.exclusive}`),
    uniqueIndex("review_lease_reviewer_live_idx")
      .on(t.itemId, t.reviewerId)
      .where(sql`${t.state} = 'live'`),
  ],
);
