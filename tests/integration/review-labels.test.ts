import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";

import { rowsOf } from "@/db/rows";
import type { Database } from "@/db/types";
import type { Actor } from "@/lib/auth/actor";
import { adjudicate } from "@/lib/review/adjudicate";
import { modelAgreement } from "@/lib/review/agreement";
import { claimNext } from "@/lib/review/claim";
import { listDisputes } from "@/lib/review/disputes";
import { markUnsure, submitLabel } from "@/lib/review/submit";
import { undoLabel } from "@/lib/review/undo";
import { DATABASE_KINDS, openTestDatabase } from "@/tests/support/databases";
import { makeUser } from "@/tests/support/factories";
import { makeModel, prediction } from "@/tests/support/ingest-fixtures";
import { makeQueue, serviceActor } from "@/tests/support/review-fixtures";
import { ingestPredictions } from "@/lib/ingest/predictions";

describe.each(DATABASE_KINDS)("labels on %s", (kind) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(() => database.close());

  async function item(id: string) {
    const [row] = rowsOf<{
      status: string;
      final_label: string | null;
      final_source: string;
    }>(
      await database.db.execute(
        sql`select status, final_label, final_source from review_item where id = ${Number(id)}`,
      ),
    );
    return row!;
  }

  async function labelNext(actor: Actor, modelKey: string, label: string) {
    const claim = (await claimNext(database.db, actor, modelKey))!;
    await submitLabel(database.db, actor, Number(claim.item.id), {
      leaseId: claim.lease.id,
      label,
    });
    return claim.item.id;
  }

  it("settles a single-label item with its label", async () => {
    const model = await makeQueue(database.db, 1);
    const { actor } = await makeUser(database.db, "reviewer", [model.region]);

    const id = await labelNext(actor, model.key, "churn");

    expect(await item(id)).toMatchObject({
      status: "done",
      final_label: "churn",
      final_source: "agreed",
    });
  });

  it("refuses an unknown label with 422 and keeps the lease", async () => {
    const model = await makeQueue(database.db, 1);
    const { actor } = await makeUser(database.db, "reviewer", [model.region]);
    const claim = (await claimNext(database.db, actor, model.key))!;

    await expect(
      submitLabel(database.db, actor, Number(claim.item.id), {
        leaseId: claim.lease.id,
        label: "?",
      }),
    ).rejects.toMatchObject({ code: "validation_failed" });
    await submitLabel(database.db, actor, Number(claim.item.id), {
      leaseId: claim.lease.id,
      label: "stay",
    });
    expect((await item(claim.item.id)).status).toBe("done");
  });

  it("gives a two-label item to two different reviewers, never twice to one", async () => {
    const model = await makeQueue(database.db, 1, { labelsPerItem: 2 });
    const ana = await makeUser(database.db, "reviewer", [model.region]);
    const bo = await makeUser(database.db, "reviewer", [model.region]);

    const first = (await claimNext(database.db, ana.actor, model.key))!;
    expect(await claimNext(database.db, ana.actor, model.key)).toBeNull();
    const second = (await claimNext(database.db, bo.actor, model.key))!;
    expect(second.item.id).toBe(first.item.id);

    await submitLabel(database.db, ana.actor, Number(first.item.id), {
      leaseId: first.lease.id,
      label: "stay",
    });
    await submitLabel(database.db, bo.actor, Number(first.item.id), {
      leaseId: second.lease.id,
      label: "stay",
    });
    expect(await item(first.item.id)).toMatchObject({
      status: "done",
      final_source: "agreed",
    });
  });

  it("sends a tie to a lead, who settles it; a reviewer may not", async () => {
    const model = await makeQueue(database.db, 1, { labelsPerItem: 2 });
    const ana = await makeUser(database.db, "reviewer", [model.region]);
    const bo = await makeUser(database.db, "reviewer", [model.region]);
    const lead = await makeUser(database.db, "lead_reviewer", [model.region]);

    const id = await labelNext(ana.actor, model.key, "stay");
    await labelNext(bo.actor, model.key, "churn");
    expect((await item(id)).status).toBe("disputed");

    const disputes = await listDisputes(database.db, lead.actor, model.key);
    expect(disputes.map((d) => d.id)).toEqual([id]);
    expect(disputes[0]!.labels.map((l) => l.label)).toEqual(["stay", "churn"]);
    await expect(
      adjudicate(database.db, ana.actor, Number(id), { label: "stay" }),
    ).rejects.toMatchObject({ code: "forbidden" });

    await adjudicate(database.db, lead.actor, Number(id), {
      label: "churn",
      note: "plan lapsed",
    });
    expect(await item(id)).toMatchObject({
      status: "done",
      final_label: "churn",
      final_source: "adjudicated",
    });
    expect(await listDisputes(database.db, lead.actor, model.key)).toEqual([]);
  });

  it("settles three labels by majority, marked as a disagreement", async () => {
    const model = await makeQueue(database.db, 1, { labelsPerItem: 3 });
    const reviewers = await Promise.all(
      [1, 2, 3].map(() => makeUser(database.db, "reviewer", [model.region])),
    );

    const id = await labelNext(reviewers[0]!.actor, model.key, "stay");
    await labelNext(reviewers[1]!.actor, model.key, "churn");
    await labelNext(reviewers[2]!.actor, model.key, "stay");

    expect(await item(id)).toMatchObject({
      status: "done",
      final_label: "stay",
      final_source: "majority",
    });
  });

  it("sends an item a reviewer is unsure of to the leads", async () => {
    const model = await makeQueue(database.db, 1);
    const { actor } = await makeUser(database.db, "reviewer", [model.region]);
    const claim = (await claimNext(database.db, actor, model.key))!;

    await markUnsure(database.db, actor, Number(claim.item.id), {
      leaseId: claim.lease.id,
      note: "blurry",
    });

    expect((await item(claim.item.id)).status).toBe("disputed");
  });

  it("undoes a label: the item comes back to its reviewer under a new lease", async () => {
    const model = await makeQueue(database.db, 2);
    const { actor } = await makeUser(database.db, "reviewer", [model.region]);
    const claim = (await claimNext(database.db, actor, model.key))!;
    const { label } = await submitLabel(database.db, actor, Number(claim.item.id), {
      leaseId: claim.lease.id,
      label: "stay",
    });

    const back = await undoLabel(database.db, actor, Number(label.id));

    expect(back.item.id).toBe(claim.item.id);
    expect(back.lease.id).not.toBe(claim.lease.id);
    expect((await item(claim.item.id)).status).toBe("leased");
    await submitLabel(database.db, actor, Number(claim.item.id), {
      leaseId: back.lease.id,
      label: "churn",
    });
    expect(await item(claim.item.id)).toMatchObject({
      status: "done",
      final_label: "churn",
    });
    const other = await makeUser(database.db, "reviewer", [model.region]);
    await expect(
      undoLabel(database.db, other.actor, Number(label.id)),
    ).rejects.toMatchObject({
      code: "not_found",
    });
  });

  it("measures agreement with Cohen's kappa for two labels per item", async () => {
    const model = await makeQueue(database.db, 4, { labelsPerItem: 2 });
    const ana = await makeUser(database.db, "reviewer", [model.region]);
    const bo = await makeUser(database.db, "reviewer", [model.region]);

    // Ana: stay, stay, churn, churn; Bo: stay, churn, churn, churn (in claim order).
    for (const label of ["stay", "stay", "churn", "churn"])
      await labelNext(ana.actor, model.key, label);
    for (const label of ["stay", "churn", "churn", "churn"])
      await labelNext(bo.actor, model.key, label);

    // p_o = 3/4; p_e = (2/4)(1/4) + (2/4)(3/4) = 1/2; kappa = (0.75 - 0.5) / 0.5 = 0.5.
    expect(await modelAgreement(database.db, model.key)).toEqual({
      method: "cohen",
      kappa: 0.5,
      items: 4,
      raters: 2,
    });
  });
});

describe.each(DATABASE_KINDS)("class balance on %s", (kind) => {
  it("serves the predicted class with the fewest labels first", async () => {
    const database = await openTestDatabase(kind);
    const model = await makeModel(database.db, { balanceClasses: true });
    await ingestPredictions(database.db, serviceActor, [
      prediction(model, "stay-1", 0.45),
      prediction(model, "stay-2", 0.46),
      prediction(model, "churn-1", 0.58),
      prediction(model, "churn-2", 0.59),
    ]);
    const { actor } = await makeUser(database.db, "reviewer", [model.region]);

    const served: string[] = [];
    for (let i = 0; i < 3; i++) {
      const claim = (await claimNext(database.db, actor, model.key))!;
      served.push(claim.item.output.label);
      await submitLabel(database.db, actor, Number(claim.item.id), {
        leaseId: claim.lease.id,
        label: claim.item.output.label,
      });
    }

    // Without balance both "stay" items (the more uncertain) would come first.
    expect(served).toEqual(["churn", "stay", "churn"]);
    await database.close();
  });
});
