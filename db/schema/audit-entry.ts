import { bigint, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * Append-only, hash-chained: each row's hash covers its content and the
 * previous row's hash. A database trigger refuses UPDATE and DELETE.
 */
export const auditEntry = pgTable("audit_entry", {
  id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
  at: timestamp("at", { withTimezone: true, precision: 3 }).notNull(),
  actorKind: text("actor_kind").notNull(),
  actorId: text("actor_id"),
  actorName: text("actor_name").notNull(),
  action: text("action").notNull(),
  entityType: text("entity_type").notNull(),
  entityId: text("entity_id").notNull(),
  reason: text("reason"),
  before: jsonb("before"),
  after: jsonb("after"),
  changed: text("changed").array().notNull(),
  prevHash: text("prev_hash").notNull(),
  hash: text("hash").notNull(),
});
