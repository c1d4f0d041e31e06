import { sql } from "drizzle-orm";
import { check, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const ROLES = ["admin", "data_scientist", "lead_reviewer", "reviewer"] as const;
export type Role = (typeof ROLES)[number];

export const user = pgTable(
  "app_user",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: text("email").notNull().unique(),
    name: text("name").notNull(),
    role: text("role").$type<Role>().notNull(),
    regions: text("regions")
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    passwordHash: text("password_hash"),
    disabledAt: timestamp("disabled_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check(
      "app_user_role_check",
      sql`${t.role} in ('admin', 'data_scientist', 'lead_reviewer', 'reviewer')`,
    ),
  ],
);
