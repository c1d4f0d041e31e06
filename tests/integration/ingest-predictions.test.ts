import { sql } from "drizzle-orm";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { rowsOf } from "@/db/rows";
import { openDatabase } from "@/db/open";
import type { Database, Db } from "@/db/types";
import type { Actor } from "@/lib/auth/actor";
import { SCOPES } from "@/lib/auth/scopes";
import { ingestOutcomes } from "@/lib/ingest/outcomes";
import { postgresClient } from "@/db/postgres-client";
import { toPredictionRow } from "@/lib/ingest/prediction-row";
import { ingestPredictions } from "@/lib/ingest/predictions";
import {
  COPY_FOLLOW_UP,
  copyFollowUpParameters,
  storeByCopy,
} from "@/lib/ingest/store-copy";
import { getModel, modelsByKey } from "@/lib/models";
import { DATABASE_KINDS, openTestDatabase } from "@/tests/support/databases";
import { makeRegion } from "@/tests/support/factories";
import { makeModel, prediction } from "@/tests/support/ingest-fixtures";

function service(regions: Actor["regions"] = "all"): Actor {
  return {
    kind: "service",
    id: "svc",
    name: "svc",
    role: null,
    scopes: new Set(SCOPES),
    regions,
    via: "token",
    tokenId: null,
    ratePerSecond: null,
  };
}

async function countRows(db: Db, table: string, modelKey: string) {
  const [row] = rowsOf<{ n: number }>(
    await db.execute(
      sql`select count(*)::int as n from ${sql.identifier(table)} where model_key = ${modelKey}`,
    ),
  );
  return row!.n;
}

describe.each(DATABASE_KINDS)("ingesting predictions on %s", (kind) => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(() => database.close());

  const count = (table: string, modelKey: string) =>
    countRows(database.db, table, modelKey);

  it("scores, flags and stores each prediction once", async () => {
    const model = await makeModel(database.db);
    const batch = [
      prediction(model, "a", 0.55),
      prediction(model, "b", 0.99),
      prediction(model, "c", 0.02),
      prediction(model, "a", 0.55),
    ];

    expect(await ingestPredictions(database.db, service(), batch)).toEqual({
      accepted: 3,
      duplicates: 1,
      flagged: 1,
      audited: 0,
    });
    const [stored] = rowsOf<{ uncertainty: number; review_probability: number }>(
      await database.db.execute(
        sql`select uncertainty, review_probability from prediction
            where model_key = ${model.key} and external_id = 'a'`,
      ),
    );
    expect(stored!.uncertainty).toBeCloseTo(0.45, 9);
    expect(stored!.review_probability).toBe(1);
    expect(await count("review_item", model.key)).toBe(1);
  });

  it("keeps the inputs, outputs and explanation exactly as sent", async () => {
    const model = await makeModel(database.db);
    // Tabs, line ends and backslashes are COPY's own syntax: each must come back as sent.
    const features = {
      age: 41.5,
      plan: 'pro "\\ <script>alert(1)</script> مرحبا ✓\t\\N\r\n\\t',
    };
    const explanation = {
      attributions: { age: 0.31, plan: -0.12 },
      decisionPath: ['plan == "pro"', "age > 40\n"],
    };
    await ingestPredictions(database.db, service(), [
      prediction(model, "kept", 0.9, {
        features,
        explanation,
        text: "‏שלום <b>x</b>\tcol\\N\r\nline 2\\",
      }),
      prediction(model, "bare", 0.9),
    ]);

    // Read back as text and parsed here: both drivers then give the same shape.
    const [bare, kept] = rowsOf<Record<string, string | null>>(
      await database.db.execute(
        sql`select features::text, probabilities::text, explanation::text, text,
              jsonb_typeof(explanation) as explanation_type
            from prediction where model_key = ${model.key} order by external_id`,
      ),
    );
    expect(JSON.parse(kept!.features!)).toEqual(features);
    expect(JSON.parse(kept!.explanation!)).toEqual(explanation);
    expect(JSON.parse(kept!.probabilities!)).toEqual({ stay: 0.1, churn: 0.9 });
    expect(kept!.text).toBe("‏שלום <b>x</b>\tcol\\N\r\nline 2\\");
    expect(kept!.explanation_type).toBe("object");
    // No explanation is SQL NULL, not a JSON null.
    expect(bare!.explanation).toBeNull();
  });

  it("stores a batch once when ten retries of it race", async () => {
    const model = await makeModel(database.db);
    const batch = Array.from({ length: 200 }, (_, i) =>
      prediction(model, `p${i}`, i % 2 ? 0.6 : 0.95),
    );

    const results = await Promise.all(
      Array.from({ length: 10 }, () => ingestPredictions(database.db, service(), batch)),
    );

    expect(results.reduce((sum, r) => sum + r.accepted, 0)).toBe(200);
    expect(results.reduce((sum, r) => sum + r.duplicates, 0)).toBe(1800);
    expect(await count("prediction", model.key)).toBe(200);
    expect(await count("review_item", model.key)).toBe(100);
    const { versions } = await getModel(database.db, model.key);
    expect(versions).toMatchObject([{ version: "v1", predictionCount: 200 }]);
  });

  it("stores overlapping batches that race, naming their ids in opposite orders", async () => {
    const model = await makeModel(database.db);
    const ids = Array.from({ length: 300 }, (_, i) => `o${i}`);
    // A known id first: on PostgreSQL each COPY then fails at once and every
    // batch takes the statement path, where the orders meet.
    await ingestPredictions(database.db, service(), [prediction(model, "0-known")]);
    const batch = (order: string[]) =>
      ["0-known", ...order].map((id) => prediction(model, id, 0.6));

    // Without one lock order for every writer these deadlock now and then.
    for (let round = 0; round < 5; round++) {
      const slice = ids.slice(round * 60, round * 60 + 60);
      const results = await Promise.all([
        ingestPredictions(database.db, service(), batch(slice)),
        ingestPredictions(database.db, service(), batch(slice.toReversed())),
        ingestPredictions(database.db, service(), batch([...slice.slice(30), ...slice])),
      ]);
      expect(results.reduce((sum, r) => sum + r.accepted, 0)).toBe(60);
    }

    expect(await count("prediction", model.key)).toBe(301);
    expect(await count("review_item", model.key)).toBe(300);
    const { versions } = await getModel(database.db, model.key);
    expect(versions).toMatchObject([{ version: "v1", predictionCount: 301 }]);
  });

  it("stores only the new predictions of a batch that overlaps one stored before", async () => {
    const model = await makeModel(database.db);
    const at = (hour: number) => ({ timestamp: `2026-12-0${hour}T10:00:00Z` });
    await ingestPredictions(database.db, service(), [
      prediction(model, "a", 0.9, at(2)),
      prediction(model, "b", 0.55, at(3)),
    ]);

    const result = await ingestPredictions(database.db, service(), [
      prediction(model, "b", 0.55, at(3)),
      prediction(model, "c", 0.6, at(1)),
      prediction(model, "d", 0.9, at(4)),
    ]);

    expect(result).toEqual({ accepted: 2, duplicates: 1, flagged: 1, audited: 0 });
    expect(await count("prediction", model.key)).toBe(4);
    expect(await count("review_item", model.key)).toBe(2);
    const { versions } = await getModel(database.db, model.key);
    expect(versions).toMatchObject([
      {
        version: "v1",
        predictionCount: 4,
        firstSeenAt: "2026-12-01T10:00:00.000Z",
        lastSeenAt: "2026-12-04T10:00:00.000Z",
      },
    ]);
  });

  it("samples confident predictions for audit at the audit rate, remembering the rate", async () => {
    const model = await makeModel(database.db, { auditRate: 0.2 });
    const batch = Array.from({ length: 1000 }, (_, i) =>
      prediction(model, `q${i}`, 0.99),
    );

    const result = await ingestPredictions(database.db, service(), batch);

    expect(result.flagged).toBe(0);
    expect(result.audited).toBeGreaterThan(150);
    expect(result.audited).toBeLessThan(250);
    const [row] = rowsOf<{ p: number }>(
      await database.db.execute(
        sql`select min(review_probability) as p from prediction where model_key = ${model.key}`,
      ),
    );
    expect(row!.p).toBe(0.2);
  });

  it("refuses the whole batch when one prediction is wrong, naming each problem", async () => {
    const model = await makeModel(database.db);
    const batch = [
      prediction(model, "ok"),
      prediction(model, "bad-label", 0.9, {
        output: { label: "maybe", probabilities: { stay: 0.1, churn: 0.9 } },
      }),
      prediction(model, "bad-type", 0.9, { features: { age: "forty", plan: "pro" } }),
      prediction(model, "bad-region", 0.9, { region: "atlantis" }),
      prediction(model, "bad-model", 0.9, { model: "nope" }),
    ];

    const attempt = ingestPredictions(database.db, service(), batch);

    await expect(attempt).rejects.toMatchObject({
      code: "validation_failed",
      details: [
        { index: 1, path: "predictions.1.output.label" },
        { index: 2, path: "predictions.2.features.age" },
        { index: 3, path: "predictions.3.region" },
        { index: 4, path: "predictions.4.model" },
      ],
    });
    expect(await count("prediction", model.key)).toBe(0);
  });

  it("still names unknown regions when no model of the batch is known", async () => {
    const model = await makeModel(database.db);
    const batch = [
      prediction({ key: "nope", region: model.region }, "a"),
      prediction({ key: "nope", region: "atlantis" }, "b"),
    ];

    await expect(ingestPredictions(database.db, service(), batch)).rejects.toMatchObject({
      details: [
        { index: 0, path: "predictions.0.model" },
        { index: 1, path: "predictions.1.region" },
        { index: 1, path: "predictions.1.model" },
      ],
    });
  });

  it("refuses predictions for a region outside the caller's, storing nothing", async () => {
    const model = await makeModel(database.db);
    const other = await makeRegion(database.db);

    await expect(
      ingestPredictions(database.db, service([other]), [prediction(model, "x")]),
    ).rejects.toMatchObject({ code: "forbidden" });
    expect(await count("prediction", model.key)).toBe(0);
  });

  it("records outcomes for known predictions and counts unknown ones", async () => {
    const model = await makeModel(database.db);
    await ingestPredictions(database.db, service(), [
      prediction(model, "k1"),
      prediction(model, "k2"),
    ]);

    const result = await ingestOutcomes(database.db, service(), [
      { model: model.key, predictionId: "k1", label: "stay" },
      { model: model.key, predictionId: "k1", label: "churn" },
      { model: model.key, predictionId: "k2", label: "stay" },
      { model: model.key, predictionId: "missing", label: "stay" },
    ]);

    expect(result).toEqual({ accepted: 3, unknown: 1 });
    const labels = rowsOf<{ label: string }>(
      await database.db.execute(
        sql`select label from outcome where model_key = ${model.key} order by prediction_external_id`,
      ),
    );
    expect(labels.map((row) => row.label)).toEqual(["churn", "stay"]);
  });
});

describe("storing predictions by COPY on postgres", () => {
  let database: Database;
  beforeAll(async () => {
    database = await openTestDatabase("postgres");
  });
  afterAll(() => database.close());

  async function rowsFor(modelKey: string, ids: string[]) {
    const model = (await modelsByKey(database.db, [modelKey])).get(modelKey)!;
    return ids.map((id) =>
      toPredictionRow(prediction({ key: modelKey, region: "r" }, id), model),
    );
  }

  it("steps aside, storing nothing, when an id is already stored", async () => {
    const model = await makeModel(database.db);
    await ingestPredictions(database.db, service(), [prediction(model, "old")]);
    const client = postgresClient(database.db)!;

    const copied = await storeByCopy(client, await rowsFor(model.key, ["new", "old"]));

    expect(copied).toBeNull();
    const ids = rowsOf<{ external_id: string }>(
      await database.db.execute(
        sql`select external_id from prediction where model_key = ${model.key}`,
      ),
    );
    expect(ids.map((row) => row.external_id)).toEqual(["old"]);
  });

  it("has the COPY's follow-up write nothing when it runs outside the transaction", async () => {
    const model = await makeModel(database.db);
    const rows = await rowsFor(model.key, ["f1", "f2"]);
    rows[0]!.review_reason = "flagged";
    const client = postgresClient(database.db)!;
    expect(await storeByCopy(client, rows)).toMatchObject({ accepted: 2, flagged: 1 });

    // As when the driver re-sends it after the COMMIT (see store-copy.ts).
    await client.unsafe(COPY_FOLLOW_UP, copyFollowUpParameters(rows));

    expect(await countRows(database.db, "review_item", model.key)).toBe(1);
    const { versions } = await getModel(database.db, model.key);
    expect(versions).toMatchObject([{ version: "v1", predictionCount: 2 }]);
  });

  it("stores a batch by statement when PostgreSQL forgot the prepared follow-up", async () => {
    // One connection, so that DEALLOCATE removes the follow-up the first
    // batch prepared, and the second batch's COPY meets it missing.
    const single = await openDatabase({
      kind: "postgres",
      url: inject("postgresUrl"),
      max: 1,
    });
    const model = await makeModel(single.db);
    const flagged = (id: string) => prediction(model, id, 0.55);
    await ingestPredictions(single.db, service(), [flagged("s1"), flagged("s2")]);
    await postgresClient(single.db)!.unsafe("deallocate all");

    const result = await ingestPredictions(single.db, service(), [flagged("s3")]);
    await single.close();

    expect(result).toMatchObject({ accepted: 1, flagged: 1 });
    expect(await countRows(database.db, "prediction", model.key)).toBe(3);
    expect(await countRows(database.db, "review_item", model.key)).toBe(3);
    const { versions } = await getModel(database.db, model.key);
    expect(versions).toMatchObject([{ version: "v1", predictionCount: 3 }]);
  });

  it("abandons a COPY whose rows cannot be written, and the pool goes on", async () => {
    const model = await makeModel(database.db);
    const rows = await rowsFor(
      model.key,
      Array.from({ length: 1200 }, (_, i) => `w${i}`),
    );
    // Past the first chunks, so the COPY is under way when writing fails.
    rows[1100]!.features = { age: 1n };
    // One connection: the next statement must find it out of COPY.
    const client = postgres(inject("postgresUrl"), { max: 1, onnotice: () => {} });

    await expect(storeByCopy(client, rows)).rejects.toThrow(/BigInt/);

    const [left] = await client<{ n: number }[]>`select count(*)::int as n
      from prediction where model_key = ${model.key}`;
    await client.end();
    expect(left!.n).toBe(0);
  });

  it("rejects a COPY that fails, rolls it back, and the pool goes on", async () => {
    const model = await makeModel(database.db);
    const rows = await rowsFor(model.key, ["x", "y"]);
    rows[1]!.model_key = "no-such-model";
    const client = postgresClient(database.db)!;

    await expect(storeByCopy(client, rows)).rejects.toMatchObject({ code: "23503" });

    const result = await ingestPredictions(database.db, service(), [
      prediction(model, "x"),
    ]);
    expect(result.accepted).toBe(1);
  });
});
