import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { rowsOf } from "@/db/rows";
import type { Database } from "@/db/types";
import { claimNext } from "@/lib/review/claim";
import { renewLease } from "@/lib/review/lease";
import { giveBack, submitLabel } from "@/lib/review/submit";
import { DATABASE_KINDS, openTestDatabase } from "@/tests/support/databases";
import { makeRegion, makeUser } from "@/tests/support/factories";
import { makeModel, prediction } from "@/tests/support/ingest-fixtures";
import { ingestPredictions } from "@/lib/ingest/predictions";
import {
  expireLeasesOf,
  liveLeases,
  makeQueue,
  serviceActor,
} from "@/tests/support/review-fixtures";

describe.each(DATABASE_KINDS)("leases on %s", (kind) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(() => database.close());

  /** A queue of one item, claimed by Ana, with Bo waiting for work in the same region. */
  async function oneItemClaimedByAna() {
    const model = await makeQueue(database.db, 1);
    const ana = await makeUser(database.db, "reviewer", [model.region]);
    const bo = await makeUser(database.db, "reviewer", [model.region]);
    const claim = (await claimNext(database.db, ana.actor, model.key))!;
    return { model, ana, bo, claim };
  }

  it("hands out the most uncertain item first, then nothing when the queue is empty", async () => {
    const model = await makeModel(database.db);
    await ingestPredictions(database.db, serviceActor, [
      prediction(model, "fairly-sure", 0.55),
      prediction(model, "coin-flip", 0.5),
    ]);
    const { actor } = await makeUser(database.db, "reviewer", [model.region]);

    const first = await claimNext(database.db, actor, model.key);
    const second = await claimNext(database.db, actor, model.key);

    expect(first!.item.predictionId).toBe("coin-flip");
    expect(second!.item.predictionId).toBe("fairly-sure");
    expect(await claimNext(database.db, actor, model.key)).toBeNull();
  });

  it("lets an item that waited a week outrank a fresh, more uncertain one", async () => {
    const model = await makeModel(database.db);
    await ingestPredictions(database.db, serviceActor, [
      prediction(model, "old-and-easy", 0.6),
      prediction(model, "new-and-hard", 0.5),
    ]);
    await database.db.execute(sql`
      update review_item set created_at = now() - interval '8 days',
        rank = priority - extract(epoch from now() - interval '8 days') / (7 * 24 * 3600)
      where prediction_id = (select id from prediction
        where model_key = ${model.key} and external_id = 'old-and-easy')`);
    const { actor } = await makeUser(database.db, "reviewer", [model.region]);

    expect((await claimNext(database.db, actor, model.key))!.item.predictionId).toBe(
      "old-and-easy",
    );
  });

  it("never hands the same item to two reviewers at once", async () => {
    const model = await makeQueue(database.db, 60);
    const reviewers = await Promise.all(
      Array.from({ length: 12 }, () => makeUser(database.db, "reviewer", [model.region])),
    );

    const claims = await Promise.all(
      reviewers.flatMap(({ actor }) =>
        Array.from({ length: 5 }, () => claimNext(database.db, actor, model.key)),
      ),
    );

    const items = claims.filter(Boolean).map((claim) => claim!.item.id);
    expect(items).toHaveLength(60);
    expect(new Set(items).size).toBe(60);
    const leases = await liveLeases(database.db, model.key);
    expect(new Set(leases.map((l) => l.item_id)).size).toBe(leases.length);
  });

  it("refuses a label on an expired lease with 409 and gives the item to the next claimer", async () => {
    const { model, ana, bo, claim } = await oneItemClaimedByAna();
    expect(await claimNext(database.db, bo.actor, model.key)).toBeNull();

    await expireLeasesOf(database.db, ana.user.id);

    const late = submitLabel(database.db, ana.actor, Number(claim.item.id), {
      leaseId: claim.lease.id,
      label: "stay",
    });
    await expect(late).rejects.toMatchObject({ code: "conflict" });
    const retaken = await claimNext(database.db, bo.actor, model.key);
    expect(retaken!.item.id).toBe(claim.item.id);
    const [labels] = rowsOf<{ n: number }>(
      await database.db.execute(
        sql`select count(*)::int as n from review_label where item_id = ${Number(claim.item.id)}`,
      ),
    );
    expect(labels!.n).toBe(0);
  });

  it("renews a live lease and refuses to renew a lost one", async () => {
    const model = await makeQueue(database.db, 1);
    const { user, actor } = await makeUser(database.db, "reviewer", [model.region]);
    const claim = (await claimNext(database.db, actor, model.key))!;

    const renewed = await renewLease(database.db, actor, claim.lease.id);
    expect(new Date(renewed.expiresAt).getTime()).toBeGreaterThanOrEqual(
      new Date(claim.lease.expiresAt).getTime(),
    );

    await expireLeasesOf(database.db, user.id);
    await expect(renewLease(database.db, actor, claim.lease.id)).rejects.toMatchObject({
      code: "conflict",
    });
  });

  it("returns a released item at once and refuses a label under the released lease", async () => {
    const { model, ana, bo, claim } = await oneItemClaimedByAna();

    await giveBack(
      database.db,
      ana.actor,
      Number(claim.item.id),
      claim.lease.id,
      "released",
    );

    await expect(
      submitLabel(database.db, ana.actor, Number(claim.item.id), {
        leaseId: claim.lease.id,
        label: "churn",
      }),
    ).rejects.toMatchObject({ code: "conflict" });
    expect((await claimNext(database.db, bo.actor, model.key))!.item.id).toBe(
      claim.item.id,
    );
  });

  it("does not offer a skipped item to the same reviewer again, but to others", async () => {
    const { model, ana, bo, claim } = await oneItemClaimedByAna();

    await giveBack(
      database.db,
      ana.actor,
      Number(claim.item.id),
      claim.lease.id,
      "skipped",
    );

    expect(await claimNext(database.db, ana.actor, model.key)).toBeNull();
    expect((await claimNext(database.db, bo.actor, model.key))!.item.id).toBe(
      claim.item.id,
    );
  });

  it("shows reviewers only their regions' items, with sensitive fields masked", async () => {
    const model = await makeModel(database.db);
    const elsewhere = await makeRegion(database.db);
    await database.db.execute(
      sql`update region set sensitive_fields = '{plan}' where key = ${model.region}`,
    );
    await ingestPredictions(database.db, serviceActor, [
      prediction(model, "mine", 0.6),
      prediction(model, "theirs", 0.5, { region: elsewhere }),
    ]);
    const reviewer = await makeUser(database.db, "reviewer", [model.region]);
    const lead = await makeUser(database.db, "lead_reviewer", [model.region, elsewhere]);

    const seen = (await claimNext(database.db, reviewer.actor, model.key))!;
    expect(seen.item.predictionId).toBe("mine");
    expect(seen.item.features).toEqual({ age: 41, plan: "•••" });
    expect(seen.item.maskedFields).toEqual(["plan"]);
    expect(await claimNext(database.db, reviewer.actor, model.key)).toBeNull();

    const leadSees = (await claimNext(database.db, lead.actor, model.key))!;
    expect(leadSees.item.predictionId).toBe("theirs");
  });
});

describe("claims by a service token", () => {
  it("are refused: labels come from people", async () => {
    const database = await openTestDatabase("pglite");
    const model = await makeQueue(database.db, 1);

    await expect(claimNext(database.db, serviceActor, model.key)).rejects.toMatchObject({
      code: "forbidden",
    });
    await database.close();
  });
});
