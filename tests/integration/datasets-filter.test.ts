import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Database } from "@/db/types";
import { type Actor, auditActorOf } from "@/lib/auth/actor";
import type { DatasetInput } from "@/lib/contract/datasets";
import { loadVersion } from "@/lib/datasets/access";
import { cutVersion } from "@/lib/datasets/cut";
import { createDataset } from "@/lib/datasets/define";
import { DATABASE_KINDS, openTestDatabase } from "@/tests/support/databases";
import { exportBytes, jsonlRows } from "@/tests/support/dataset-export";
import {
  addOutcomes,
  labelItems,
  makeFeedbackModel,
  type Model,
  pushPredictions,
} from "@/tests/support/dataset-fixtures";
import { makeRegion, makeUser } from "@/tests/support/factories";
import { serviceActor } from "@/tests/support/review-fixtures";

/**
 * Eight predictions: versions v1/v2 alternate, clients acme/globex by pairs,
 * one day apart from 1 Dec. p-000 … p-003 are labeled "stay" by a reviewer;
 * p-000 and p-004 … p-006 have outcomes; p-007 has nothing.
 */
describe.each(DATABASE_KINDS)("dataset filters on %s", (kind) => {
  let database: Database;
  let model: Model;
  let ds: Actor;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    const { db } = database;
    model = await makeFeedbackModel(db, 8, (i) => ({
      modelVersion: i % 2 ? "v2" : "v1",
      client: i % 4 < 2 ? "acme" : "globex",
      timestamp: `2026-12-0${i + 1}T10:00:00Z`,
    }));
    ds = (await makeUser(db, "data_scientist", [model.region])).actor;

    const reviewer = (await makeUser(db, "reviewer", [model.region])).actor;
    await labelItems(db, reviewer, model.key, 4, () => "stay");
    await addOutcomes(db, model.key, [
      ["p-000", "churn"],
      ["p-004", "churn"],
      ["p-005", "stay"],
      ["p-006", "churn"],
    ]);
  });
  afterAll(() => database.close());

  async function ids(filter: DatasetInput["filter"]) {
    const { db } = database;
    const { id } = await createDataset(db, ds, { name: "f", model: model.key, filter });
    await cutVersion(db, auditActorOf(ds), id, { trigger: "api" });
    const { version } = await loadVersion(db, ds, id, 1);
    return jsonlRows(await exportBytes(db, version, "jsonl")).map((r) => [
      r.predictionId,
      r.label,
      r.source,
    ]);
  }

  it("takes review labels first, then outcomes, by default", async () => {
    expect(await ids(undefined)).toEqual([
      ["p-000", "stay", "reviewed"],
      ["p-001", "stay", "reviewed"],
      ["p-002", "stay", "reviewed"],
      ["p-003", "stay", "reviewed"],
      ["p-004", "churn", "outcome"],
      ["p-005", "stay", "outcome"],
      ["p-006", "churn", "outcome"],
    ]);
  });

  it("keeps to one label source when asked", async () => {
    const reviewed = await ids({ labelSource: "reviewed" });
    expect(reviewed.map((r) => r[0])).toEqual(["p-000", "p-001", "p-002", "p-003"]);

    const outcomes = await ids({ labelSource: "outcome" });
    expect(outcomes).toEqual([
      ["p-000", "churn", "outcome"],
      ["p-004", "churn", "outcome"],
      ["p-005", "stay", "outcome"],
      ["p-006", "churn", "outcome"],
    ]);
  });

  it("filters by model version, client and time", async () => {
    const v2 = await ids({ labelSource: "both", modelVersions: ["v2"] });
    expect(v2.map((r) => r[0])).toEqual(["p-001", "p-003", "p-005"]);

    const globex = await ids({ labelSource: "both", clients: ["globex"] });
    expect(globex.map((r) => r[0])).toEqual(["p-002", "p-003", "p-006"]);

    const window = await ids({
      labelSource: "both",
      from: "2026-12-02T00:00:00Z",
      to: "2026-12-04T10:00:00Z",
    });
    expect(window.map((r) => r[0])).toEqual(["p-001", "p-002"]);
  });

  it("filters by region, and a limited scientist only ever gets theirs", async () => {
    const { db } = database;
    const other = await makeRegion(db);
    await pushPredictions(db, { key: model.key, region: other }, 100, 1, () => ({
      region: other,
    }));
    await addOutcomes(db, model.key, [["p-100", "stay"]]);

    expect((await ids(undefined)).map((r) => r[0])).not.toContain("p-100");

    const { id } = await createDataset(db, serviceActor, {
      name: "other region",
      model: model.key,
      filter: { labelSource: "both", regions: [other] },
    });
    const cut = await cutVersion(db, auditActorOf(serviceActor), id, { trigger: "api" });
    expect(cut.rows).toBe(1);
  });

  it("drops review labels below the minimum agreement, keeps bare outcomes", async () => {
    const { db } = database;
    const two = await makeFeedbackModel(db, 3, () => ({}), { labelsPerItem: 3 });
    const scientist = (await makeUser(db, "data_scientist", [two.region])).actor;
    const votes = [
      ["stay", "stay", "stay"],
      ["stay", "stay", "churn"],
      ["churn", "stay", "stay"],
    ];
    for (let r = 0; r < 3; r++) {
      const reviewer = (await makeUser(db, "reviewer", [two.region])).actor;
      await labelItems(db, reviewer, two.key, 3, (p) => votes[Number(p.slice(2))]![r]!);
    }

    const { id } = await createDataset(db, scientist, {
      name: "agreed",
      model: two.key,
      filter: { labelSource: "both", minAgreement: 0.9 },
    });
    await cutVersion(db, auditActorOf(scientist), id, { trigger: "api" });
    const { version } = await loadVersion(db, scientist, id, 1);
    const rows = jsonlRows(await exportBytes(db, version, "jsonl"));
    expect(rows.map((r) => [r.predictionId, r.agreement])).toEqual([["p-000", 1]]);

    const loose = await ids({ labelSource: "both", minAgreement: 0.5 });
    expect(loose.map((r) => r[0])).toEqual([
      "p-000",
      "p-001",
      "p-002",
      "p-003",
      "p-004",
      "p-005",
      "p-006",
    ]);
  });
});
