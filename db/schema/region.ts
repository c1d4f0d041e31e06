import { sql } from "drizzle-orm";
import { integer, pgTable, text, timestamp } from "drizzle-orm/pg-core";

export const region = pgTable("region", {
  key: text("key").primaryKey(),
  name: text("name").notNull(),
  retentionDays: integer("retention_days"),
  sensitiveFields: text("sensitive_fields")
    .array()
    .notNull()
    .default(sql`'{}'::text[]`),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** A client is named by the predictions that mention it; no registration. */
export const client = pgTable("client", {
  key: text("key").primaryKey(),
  firstSeenAt: timestamp("first_seen_at", { withTimezone: true }).notNull().defaultNow(),
});
