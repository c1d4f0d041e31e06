import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Database } from "@/db/types";
import { takeRequest } from "@/lib/rate-limit";
import { DATABASE_KINDS, openTestDatabase } from "@/tests/support/databases";
import { unique } from "@/tests/support/factories";

describe.each(DATABASE_KINDS)("rate limits on %s", (kind) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(() => database.close());

  it("lets a burst of five through at one a second, then answers 429 with Retry-After", async () => {
    const key = unique("token");
    for (let i = 0; i < 5; i++) await takeRequest(database.db, key, 1);

    await expect(takeRequest(database.db, key, 1)).rejects.toMatchObject({
      code: "rate_limited",
      headers: { "Retry-After": expect.stringMatching(/^[12]$/) },
    });
  });

  it("keeps one bucket per caller", async () => {
    const [a, b] = [unique("a"), unique("b")];
    for (let i = 0; i < 5; i++) await takeRequest(database.db, a, 1);

    await expect(takeRequest(database.db, b, 1)).resolves.toBeUndefined();
  });
});
