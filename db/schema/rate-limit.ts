import { doublePrecision, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** Token buckets, in the database so that every instance counts the same requests. */
export const rateLimitBucket = pgTable("rate_limit_bucket", {
  key: text("key").primaryKey(),
  tokens: doublePrecision("tokens").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
