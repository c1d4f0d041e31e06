import { createHash } from "node:crypto";

import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Database } from "@/db/types";
import { type Actor, auditActorOf } from "@/lib/auth/actor";
import { loadVersion } from "@/lib/datasets/access";
import { contentHash, hashUnhashedVersions } from "@/lib/datasets/content-hash";
import { cutVersion } from "@/lib/datasets/cut";
import { createDataset } from "@/lib/datasets/define";
import { adjudicate } from "@/lib/review/adjudicate";
import { submitLabel } from "@/lib/review/submit";
import { undoLabel } from "@/lib/review/undo";
import { contentHashInDatabase } from "@/tests/support/content-hash";
import { DATABASE_KINDS, openTestDatabase } from "@/tests/support/databases";
import { exportBytes, jsonlRows } from "@/tests/support/dataset-export";
import {
  addOutcomes,
  labelItems,
  makeFeedbackModel,
} from "@/tests/support/dataset-fixtures";
import { makeRegion, makeUser } from "@/tests/support/factories";

describe.each(DATABASE_KINDS)("dataset versions on %s", (kind) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(() => database.close());

  const user = async (
    role: "data_scientist" | "reviewer" | "lead_reviewer",
    region: string,
  ) => (await makeUser(database.db, role, [region])).actor;

  async function version(actor: Actor, id: string, n: number) {
    return (await loadVersion(database.db, actor, id, n)).version;
  }

  async function cut(actor: Actor, id: string) {
    return cutVersion(database.db, auditActorOf(actor), id, { trigger: "api" });
  }

  it("keeps a version's rows and hash through later labels, undo and outcomes", async () => {
    const { db } = database;
    const model = await makeFeedbackModel(db, 6);
    const reviewer = await user("reviewer", model.region);
    const ds = await user("data_scientist", model.region);
    const labeled = await labelItems(db, reviewer, model.key, 3, () => "stay");

    const { id } = await createDataset(db, ds, { name: "Churn", model: model.key });
    const v1 = await cut(ds, id);
    expect(v1).toMatchObject({ version: 1, rows: 3 });
    const before = await exportBytes(db, await version(ds, id, 1), "jsonl");

    const undone = await undoLabel(db, reviewer, Number(labeled[0]!.labelId));
    await submitLabel(db, reviewer, Number(undone.item.id), {
      leaseId: undone.lease.id,
      label: "churn",
    });
    await labelItems(db, reviewer, model.key, 3, () => "churn");
    await addOutcomes(db, model.key, [
      ["p-000", "stay"],
      ["p-005", "stay"],
    ]);

    const after = await exportBytes(db, await version(ds, id, 1), "jsonl");
    expect(after.equals(before)).toBe(true);
    expect((await version(ds, id, 1)).sha256).toBe(v1.sha256);
    expect(await contentHash(db, (await version(ds, id, 1)).id)).toBe(v1.sha256);

    const v2 = await cut(ds, id);
    expect(v2).toMatchObject({ version: 2, rows: 6 });
    const rows = jsonlRows(await exportBytes(db, await version(ds, id, 2), "jsonl"));
    expect(rows.find((r) => r.predictionId === labeled[0]!.predictionId)?.label).toBe(
      "churn",
    );
  });

  it("keeps a version through an adjudication that overrules the majority", async () => {
    const { db } = database;
    const model = await makeFeedbackModel(db, 1, () => ({}), { labelsPerItem: 3 });
    const lead = await user("lead_reviewer", model.region);
    const ds = await user("data_scientist", model.region);
    let itemId = "";
    for (const label of ["stay", "stay", "churn"]) {
      const reviewer = await user("reviewer", model.region);
      const [labeled] = await labelItems(db, reviewer, model.key, 1, () => label);
      itemId = labeled!.itemId;
    }

    const { id } = await createDataset(db, ds, { name: "Majority", model: model.key });
    const v1 = await cut(ds, id);
    const [row] = jsonlRows(await exportBytes(db, await version(ds, id, 1), "jsonl"));
    expect(row).toMatchObject({ label: "stay", agreement: 2 / 3 });

    await adjudicate(db, lead, Number(itemId), { label: "churn" });

    expect((await version(ds, id, 1)).sha256).toBe(v1.sha256);
    const v2 = await cut(ds, id);
    const [relabeled] = jsonlRows(
      await exportBytes(db, await version(ds, id, 2), "jsonl"),
    );
    expect(relabeled).toMatchObject({ label: "churn", agreement: 1 / 3 });
    expect(v2.sha256).not.toBe(v1.sha256);
  });

  it("exports the same bytes every time, with rows in key order", async () => {
    const { db } = database;
    const model = await makeFeedbackModel(db, 4, (i) => ({
      text: i === 1 ? '=HYPERLINK("x"), "quoted"\nnew line ünïcødé' : null,
    }));
    const reviewer = await user("reviewer", model.region);
    await labelItems(db, reviewer, model.key, 4, (p) =>
      p.endsWith("1") ? "churn" : "stay",
    );
    const ds = await user("data_scientist", model.region);
    const { id } = await createDataset(db, ds, { name: "Stable", model: model.key });
    await cut(ds, id);
    const v1 = await version(ds, id, 1);

    for (const format of ["jsonl", "csv", "parquet"] as const) {
      const first = await exportBytes(db, v1, format);
      const second = await exportBytes(db, v1, format);
      expect(first.equals(second), format).toBe(true);
    }

    const rows = jsonlRows(await exportBytes(db, v1, "jsonl"));
    expect(rows.map((r) => r.predictionId)).toEqual(["p-000", "p-001", "p-002", "p-003"]);
    expect(rows[1]).toEqual({
      predictionId: "p-001",
      modelVersion: "v1",
      region: model.region,
      client: "acme",
      timestamp: "2026-12-01T10:00:00.000Z",
      features: { age: 21, plan: "pro" },
      text: '=HYPERLINK("x"), "quoted"\nnew line ünïcødé',
      predictedLabel: "churn",
      label: "churn",
      source: "reviewed",
      agreement: 1,
    });
    const csv = (await exportBytes(db, v1, "csv")).toString("utf8");
    expect(csv).toContain(`"'=HYPERLINK(""x""), ""quoted""\nnew line ünïcødé"`);
  });

  it("hashes a version's content as the database's own aggregate does", async () => {
    const { db } = database;
    const model = await makeFeedbackModel(db, 3, (i) => ({
      text: i === 0 ? 'a "quote", a comma,\n(a paren) and ünïcødé' : null,
    }));
    const reviewer = await user("reviewer", model.region);
    await labelItems(db, reviewer, model.key, 3, () => "churn");
    const ds = await user("data_scientist", model.region);
    const { id } = await createDataset(db, ds, { name: "Hashed", model: model.key });
    const cutResult = await cut(ds, id);
    const v1 = await version(ds, id, 1);

    // Two independent computations: streamed rows hashed in Node, and one
    // string_agg hashed by PostgreSQL.
    expect(await contentHash(db, v1.id)).toBe(cutResult.sha256);
    expect(await contentHashInDatabase(db, v1.id)).toBe(cutResult.sha256);
    expect(cutResult.sha256).toMatch(/^[0-9a-f]{64}$/);

    // A version cut before content hashes existed is left unhashed by the
    // migration and hashed after start-up.
    await db.execute(sql`update dataset_version set sha256 = '' where id = ${v1.id}`);
    expect(await hashUnhashedVersions(db)).toBeGreaterThanOrEqual(1);
    expect((await version(ds, id, 1)).sha256).toBe(cutResult.sha256);

    const empty = await createDataset(db, ds, {
      name: "Empty",
      model: model.key,
      filter: { modelVersions: ["none"], labelSource: "both" },
    });
    const nothing = await cut(ds, empty.id);
    expect(nothing).toMatchObject({
      rows: 0,
      sha256: createHash("sha256").digest("hex"),
    });
  });

  it("gives concurrent cuts distinct numbers", async () => {
    const { db } = database;
    const model = await makeFeedbackModel(db, 3);
    await labelItems(db, await user("reviewer", model.region), model.key, 3);
    const ds = await user("data_scientist", model.region);
    const { id } = await createDataset(db, ds, { name: "Race", model: model.key });

    const cuts = await Promise.all(Array.from({ length: 6 }, () => cut(ds, id)));

    expect(cuts.map((c) => c.version).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(new Set(cuts.map((c) => c.sha256)).size).toBe(1);
  });

  it("keeps a region-limited scientist to their regions", async () => {
    const { db } = database;
    const model = await makeFeedbackModel(db, 2);
    const ds = await user("data_scientist", model.region);
    const elsewhere = await makeRegion(db);
    const outsider = await user("data_scientist", elsewhere);

    const { id } = await createDataset(db, ds, { name: "Mine", model: model.key });
    await cut(ds, id);

    await expect(loadVersion(db, outsider, id, 1)).rejects.toMatchObject({
      code: "forbidden",
    });
    await expect(
      createDataset(db, ds, {
        name: "Theirs",
        model: model.key,
        filter: { regions: [elsewhere], labelSource: "both" },
      }),
    ).rejects.toMatchObject({ code: "forbidden" });
  });
});
