import { createHash } from "node:crypto";

import { parquetMetadata, parquetReadObjects, parquetSchema } from "hyparquet";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Database } from "@/db/types";
import { type Actor, auditActorOf } from "@/lib/auth/actor";
import { loadDataset, loadVersion } from "@/lib/datasets/access";
import { uploadBase } from "@/lib/datasets/base";
import { cutVersion } from "@/lib/datasets/cut";
import { createDataset } from "@/lib/datasets/define";
import { diffVersions } from "@/lib/datasets/diff";
import { versionManifest } from "@/lib/datasets/manifest";
import { DATABASE_KINDS, openTestDatabase } from "@/tests/support/databases";
import { exportBytes, jsonlRows } from "@/tests/support/dataset-export";
import {
  addOutcomes,
  labelItems,
  makeFeedbackModel,
  type Model,
} from "@/tests/support/dataset-fixtures";
import { makeUser } from "@/tests/support/factories";

describe.each(DATABASE_KINDS)("base merge, diff and parquet on %s", (kind) => {
  let database: Database;
  let model: Model;
  let ds: Actor;
  let datasetId: string;

  // Feedback: p-000 … p-003 labeled "stay". Base: p-001 (churn) and p-009
  // (stay) by id, and two rows without an id.
  beforeAll(async () => {
    database = await openTestDatabase(kind);
    const { db } = database;
    model = await makeFeedbackModel(db, 5);
    ds = (await makeUser(db, "data_scientist", [model.region])).actor;
    const reviewer = (await makeUser(db, "reviewer", [model.region])).actor;
    await labelItems(db, reviewer, model.key, 4, () => "stay");

    ({ id: datasetId } = await createDataset(db, ds, {
      name: "Merged",
      model: model.key,
    }));
    const dataset = await loadDataset(db, ds, datasetId);
    await uploadBase(db, auditActorOf(ds), dataset, {
      rows: [
        { id: "p-001", features: { age: 1, plan: "pro" }, label: "churn" },
        { id: "p-009", features: { age: 9, plan: "pro" }, label: "stay" },
      ],
      replace: false,
    });
    const total = await uploadBase(db, auditActorOf(ds), dataset, {
      rows: [
        { features: { age: 2, plan: "basic" }, label: "churn" },
        { features: { age: 3, plan: "basic" }, label: "stay" },
      ],
      replace: false,
    });
    expect(total.rows).toBe(4);
  });
  afterAll(() => database.close());

  async function rowsOf(version: number) {
    const found = await loadVersion(database.db, ds, datasetId, version);
    return {
      version: found.version,
      rows: jsonlRows(await exportBytes(database.db, found.version, "jsonl")),
    };
  }

  it("merges with the base under both policies, counting each side", async () => {
    const actor = auditActorOf(ds);
    const plain = await cutVersion(database.db, actor, datasetId, { trigger: "api" });
    const wins = await cutVersion(database.db, actor, datasetId, {
      trigger: "api",
      base: { policy: "feedback_wins" },
    });
    const keeps = await cutVersion(database.db, actor, datasetId, {
      trigger: "retraining",
      base: { policy: "keep_base" },
    });
    expect([plain.rows, wins.rows, keeps.rows]).toEqual([4, 7, 7]);

    const feedbackWins = await rowsOf(wins.version);
    expect(feedbackWins.version).toMatchObject({
      feedbackRows: 4,
      baseRows: 3,
      conflicts: 1,
      basePolicy: "feedback_wins",
    });
    const p001 = (r: { rows: Record<string, unknown>[] }) =>
      r.rows.find((row) => row.predictionId === "p-001");
    expect(p001(feedbackWins)).toMatchObject({ label: "stay", source: "reviewed" });

    const keepBase = await rowsOf(keeps.version);
    expect(keepBase.version).toMatchObject({
      feedbackRows: 3,
      baseRows: 4,
      conflicts: 1,
      trigger: "retraining",
    });
    expect(p001(keepBase)).toMatchObject({ label: "churn", source: "base" });
    expect(keepBase.rows.filter((r) => r.predictionId === null)).toHaveLength(2);
  });

  it("diffs two versions: added, removed and relabeled, paginated", async () => {
    const { db } = database;
    const from = await cutVersion(db, auditActorOf(ds), datasetId, { trigger: "api" });
    await addOutcomes(db, model.key, [["p-004", "churn"]]);
    const to = await cutVersion(db, auditActorOf(ds), datasetId, {
      trigger: "api",
      base: { policy: "keep_base" },
    });

    const query = { from: from.version, to: to.version, limit: 2 };
    const added = await diffVersions(db, ds, datasetId, { ...query, kind: "added" });
    expect(added.counts).toEqual({ added: 4, removed: 0, relabeled: 1 });
    expect(added.rows).toHaveLength(2);
    const next = await diffVersions(db, ds, datasetId, {
      ...query,
      kind: "added",
      cursor: added.nextCursor!,
    });
    expect(next.nextCursor).toBeNull();
    expect([...added.rows, ...next.rows].map((r) => r.predictionId)).toEqual([
      null,
      null,
      "p-004",
      "p-009",
    ]);

    const relabeled = await diffVersions(db, ds, datasetId, {
      ...query,
      kind: "relabeled",
    });
    expect(relabeled.rows).toEqual([
      expect.objectContaining({
        predictionId: "p-001",
        fromLabel: "stay",
        toLabel: "churn",
      }),
    ]);
    const removed = await diffVersions(db, ds, datasetId, {
      from: to.version,
      to: from.version,
      limit: 10,
      kind: "removed",
    });
    expect(removed.counts.removed).toBe(4);
  });

  it("writes Parquet that an independent reader reads back", async () => {
    const { db } = database;
    const { version } = await rowsOf(3);
    const bytes = await exportBytes(db, version, "parquet");
    const file = bytes.buffer.slice(
      bytes.byteOffset,
      bytes.byteOffset + bytes.byteLength,
    );

    const schema = parquetSchema(parquetMetadata(file));
    const columns = schema.children.map((c) => [
      c.element.name,
      c.element.type,
      c.element.repetition_type,
    ]);
    expect(columns).toEqual([
      ["predictionId", "BYTE_ARRAY", "OPTIONAL"],
      ["modelVersion", "BYTE_ARRAY", "OPTIONAL"],
      ["region", "BYTE_ARRAY", "OPTIONAL"],
      ["client", "BYTE_ARRAY", "OPTIONAL"],
      ["timestamp", "INT64", "OPTIONAL"],
      ["text", "BYTE_ARRAY", "OPTIONAL"],
      ["predictedLabel", "BYTE_ARRAY", "OPTIONAL"],
      ["label", "BYTE_ARRAY", "REQUIRED"],
      ["source", "BYTE_ARRAY", "REQUIRED"],
      ["agreement", "DOUBLE", "OPTIONAL"],
      ["feature_age", "DOUBLE", "OPTIONAL"],
      ["feature_plan", "BYTE_ARRAY", "OPTIONAL"],
    ]);

    const rows = await parquetReadObjects({ file });
    expect(rows).toHaveLength(7);
    expect(rows[0]).toMatchObject({ predictionId: null, label: "churn", source: "base" });
    expect(rows[0]!.feature_age).toBe(2);
    const p000 = rows.find((r) => r.predictionId === "p-000")!;
    expect(p000).toMatchObject({
      modelVersion: "v1",
      label: "stay",
      source: "reviewed",
      agreement: 1,
      feature_age: 20,
      feature_plan: "basic",
      region: model.region,
    });
    expect(new Date(p000.timestamp as Date).toISOString()).toBe(
      "2026-12-01T10:00:00.000Z",
    );
  });

  it("states each format's sha256 in the manifest, the same on a second call", async () => {
    const { db } = database;
    const first = await versionManifest(db, ds, datasetId, 3);
    const second = await versionManifest(db, ds, datasetId, 3);
    expect(second).toEqual(first);
    const jsonl = await exportBytes(db, (await rowsOf(3)).version, "jsonl");
    expect(first.formats.jsonl).toMatchObject({
      sha256: createHash("sha256").update(jsonl).digest("hex"),
      bytes: jsonl.byteLength,
    });
    expect(first.rows).toBe(7);
    const csv = await exportBytes(db, (await rowsOf(3)).version, "csv");
    expect(first.formats.csv!.bytes).toBe(csv.byteLength);
  });
});
