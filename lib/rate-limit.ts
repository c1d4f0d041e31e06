import { sql } from "drizzle-orm";

import type { Db } from "@/db/types";
import { rowsOf } from "@/db/rows";
import { UNFLUSHED_COMMIT } from "@/db/unflushed";
import { ApiError } from "@/lib/errors";

export const DEFAULT_RATE_PER_SECOND = Number(
  process.env.TIDELINE_RATE_LIMIT_PER_SECOND ?? 100,
);

/**
 * Takes one request from the caller's token bucket (capacity: two seconds'
 * worth, at least 5), kept in the database so every instance shares it.
 * Past the limit: 429 with Retry-After in whole seconds.
 */
export async function takeRequest(
  db: Db,
  key: string,
  ratePerSecond: number,
): Promise<void> {
  const capacity = Math.max(5, ratePerSecond * 2);

  const [bucket] = rowsOf<{ tokens: number }>(
    await db.execute(sql`
      insert into rate_limit_bucket (key, tokens, updated_at)
      select ${key}, ${capacity - 1}, now() from ${UNFLUSHED_COMMIT}
      on conflict (key) do update set
        tokens = greatest(-1, least(${capacity},
          rate_limit_bucket.tokens
            + extract(epoch from now() - rate_limit_bucket.updated_at) * ${ratePerSecond}) - 1),
        updated_at = now()
      returning tokens`),
  );

  const tokens = Number(bucket?.tokens ?? 0);
  if (tokens >= 0) return;

  const retryAfter = Math.max(1, Math.ceil(-tokens / ratePerSecond));
  throw new ApiError(
    "rate_limited",
    `Too many requests: at most ${ratePerSecond} a second.`,
    {
      headers: { "Retry-After": String(retryAfter) },
    },
  );
}
