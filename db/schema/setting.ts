import { pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** Instance-wide values that every server sharing the database must agree on. */
export const setting = pgTable("setting", {
  key: text("key").primaryKey(),
  value: text("value").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});
