import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Database } from "@/db/types";
import { type Actor, auditActorOf } from "@/lib/auth/actor";
import { loadVersion } from "@/lib/datasets/access";
import { versionRowsPage } from "@/lib/datasets/browse";
import { cutVersion } from "@/lib/datasets/cut";
import { createDataset } from "@/lib/datasets/define";
import { DATABASE_KINDS, openTestDatabase } from "@/tests/support/databases";
import { exportBytes, jsonlRows } from "@/tests/support/dataset-export";
import {
  labelItems,
  makeFeedbackModel,
  type Model,
} from "@/tests/support/dataset-fixtures";
import { makeUser } from "@/tests/support/factories";

// Texts that the one-column row encoding must carry through unchanged: its
// separator, escape and marks, JSON's specials, and text from elsewhere.
const NASTY = [
  "plain words",
  "",
  "tab\there, line\nbreak, return\r",
  "unit\u001fseparator",
  "\u001fleading separator",
  "escape \u001c then separator \u001c\u001f",
  "\u001ddoubled \u001d\u001d marks \u001e\u001e",
  "\u001estarts with the present mark",
  "substitute \u001a, escape then substitute \u001c\u001a, line\n\u001a",
  'quotes " and \\ backslash \\" \\\\',
  "<script>alert(1)</script>",
  "مرحبا \u202eRTL override",
  "emoji 🧪 and a bell \u0007",
  "=SUM(A1:A9)",
];

// Some prediction ids, and so row keys, carry the encoding's characters too.
const idOf = (i: number) =>
  `p-${String(i).padStart(3, "0")}${i % 4 === 1 ? "\n\u001f\u001c\u001a key" : ""}`;

describe.each(DATABASE_KINDS)("dataset rows with hostile text on %s", (kind) => {
  let database: Database;
  let model: Model;
  let scientist: Actor;
  let datasetId: string;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    const { db } = database;
    model = await makeFeedbackModel(db, NASTY.length, (i) => ({
      id: idOf(i),
      text: NASTY[i]!,
      modelVersion: i % 3 === 0 ? `v\u001f${i}` : "v1",
      features: { age: 20 + i, plan: NASTY[i]!, ratio: 0.5 },
    }));
    const reviewer = (await makeUser(db, "reviewer", [model.region])).actor;
    await labelItems(db, reviewer, model.key, NASTY.length);
    scientist = (await makeUser(db, "data_scientist", [model.region])).actor;

    const { id } = await createDataset(db, scientist, {
      name: "hostile",
      model: model.key,
      filter: { labelSource: "reviewed" },
    });
    datasetId = id;
  });

  afterAll(() => database.close());

  it("exports every value exactly as pushed, one valid JSON line per row", async () => {
    const { db } = database;
    const cut = await cutVersion(db, auditActorOf(scientist), datasetId, {
      trigger: "api",
    });
    const { version } = await loadVersion(db, scientist, datasetId, cut.version);

    const bytes = await exportBytes(db, version, "jsonl");
    const rows = jsonlRows(bytes);

    expect(rows).toHaveLength(NASTY.length);
    for (const row of rows) {
      const i = parseInt(String(row.predictionId).slice(2), 10);
      expect(row.predictionId).toBe(idOf(i));
      expect(row.text).toBe(NASTY[i]);
      expect(row.modelVersion).toBe(i % 3 === 0 ? `v\u001f${i}` : "v1");
      expect(row.features).toEqual({ age: 20 + i, plan: NASTY[i], ratio: 0.5 });
    }
  });

  it("writes each line as JSON.stringify would, compact and in key order", async () => {
    const { db } = database;
    const { version } = await loadVersion(db, scientist, datasetId, 1);
    const lines = (await exportBytes(db, version, "jsonl")).toString("utf8").split("\n");

    for (const line of lines.filter(Boolean)) {
      expect(line).toBe(JSON.stringify(JSON.parse(line)));
    }
  });

  it("shows the same values when the version is browsed", async () => {
    const { db } = database;
    const page = await versionRowsPage(db, scientist, datasetId, 1, { limit: 100 });

    const texts = page.rows.map((row) => row.text).sort();
    expect(texts).toEqual([...NASTY].sort());
  });
});
