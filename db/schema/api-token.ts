import { sql } from "drizzle-orm";
import {
  check,
  doublePrecision,
  index,
  pgTable,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";

import { user } from "./user";

export const TOKEN_KINDS = ["personal", "service"] as const;
export type TokenKind = (typeof TOKEN_KINDS)[number];

export const apiToken = pgTable(
  "api_token",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    kind: text("kind").$type<TokenKind>().notNull(),
    userId: uuid("user_id").references(() => user.id),
    // SHA-256 of the secret: tokens are 256-bit random, so a fast hash is enough
    // and lets a request find its token by an index lookup.
    secretHash: text("secret_hash").notNull().unique(),
    prefix: text("prefix").notNull(),
    scopes: text("scopes").array().notNull(),
    // null: every region the owner may see.
    regions: text("regions").array(),
    createdBy: uuid("created_by").references(() => user.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    // Requests a second this token may make; null: the server's default.
    ratePerSecond: doublePrecision("rate_per_second"),
  },
  (t) => [
    index("api_token_user_idx").on(t.userId),
    check(
      "api_token_owner_check",
      sql`(${t.kind} = 'personal') = (${t.userId} is not null)`,
    ),
  ],
);
