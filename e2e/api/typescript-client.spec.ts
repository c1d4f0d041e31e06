import { expect, test } from "@playwright/test";

import {
  type PredictionInput,
  TidelineApiError,
  TidelineClient,
} from "../../clients/typescript/tideline-client";
import { unique } from "../support/api";
import { E2E_ADMIN } from "../support/servers";

/** A client whose fetch is counted, and fails its first calls as told. */
function countedClient(
  baseURL: string,
  failures: (() => Response)[] = [],
  options: { maxRetries?: number } = {},
) {
  const calls = { count: 0 };
  const fetch: typeof globalThis.fetch = async (input, init) => {
    calls.count += 1;
    const failure = failures[calls.count - 1];
    return failure ? failure() : globalThis.fetch(input, init);
  };
  const client = new TidelineClient({
    baseUrl: baseURL,
    token: E2E_ADMIN.token,
    retryDelayMs: 10,
    fetch,
    ...options,
  });
  return { client, calls };
}

function prediction(
  model: string,
  region: string,
  id: string,
  cat: number,
): PredictionInput {
  return {
    id,
    model,
    modelVersion: "1.0.0",
    region,
    client: "ts-client-e2e",
    features: { weight: 4.2, coat: "short" },
    output: { label: cat >= 0.5 ? "cat" : "dog", probabilities: { cat, dog: 1 - cat } },
    latencyMs: 3.5,
  };
}

test.describe("the TypeScript client", () => {
  let region: string;
  let model: string;

  test.beforeAll(async ({ baseURL }) => {
    const { client } = countedClient(baseURL!);
    region = unique("ts-region");
    model = unique("ts-model");

    const created = await client.putRegion(region, { name: `Region ${region}` });
    expect(created).toMatchObject({ created: true, region: { key: region } });
    await client.putModel(model, {
      name: "Cat or dog",
      labels: ["cat", "dog"],
      features: [
        { name: "weight", type: "numerical" },
        { name: "coat", type: "categorical" },
      ],
      flagging: { strategy: "least_confidence", threshold: 0.3, auditRate: 0 },
    });
  });

  test("round-trips predictions, duplicates, outcomes and the reference", async ({
    baseURL,
  }) => {
    const { client } = countedClient(baseURL!);
    expect(await client.health()).toMatchObject({ status: "ok" });

    const batch = [
      prediction(model, region, "p1", 0.95),
      prediction(model, region, "p2", 0.1),
      prediction(model, region, "p3", 0.55), // uncertainty 0.45 ≥ 0.3: flagged
    ];
    expect(await client.pushPredictions(batch)).toEqual({
      accepted: 3,
      duplicates: 0,
      flagged: 1,
      audited: 0,
    });
    expect(await client.pushPredictions(batch)).toEqual({
      accepted: 0,
      duplicates: 3,
      flagged: 0,
      audited: 0,
    });

    const outcomes = await client.pushOutcomes([
      { model, predictionId: "p1", label: "cat" },
      { model, predictionId: "p3", label: "dog" },
      { model, predictionId: "never-sent", label: "cat" },
    ]);
    expect(outcomes).toEqual({ accepted: 2, unknown: 1 });

    const rows = [
      { features: { weight: 4, coat: "short" }, label: "cat" },
      { features: { weight: 30, coat: "long" }, label: "dog" },
    ];
    expect(await client.uploadReference(model, rows)).toEqual({ rows: 2 });
    expect(await client.uploadReference(model, rows, { replace: true })).toEqual({
      rows: 2,
    });
  });

  test("splits outcomes into requests of 5,000 and sums the answers", async ({
    baseURL,
  }) => {
    const { client, calls } = countedClient(baseURL!);
    const outcomes = Array.from({ length: 5_001 }, (_, i) => ({
      model,
      predictionId: `unknown-${i}`,
      label: "cat",
    }));

    expect(await client.pushOutcomes(outcomes)).toEqual({ accepted: 0, unknown: 5_001 });
    expect(calls.count).toBe(2);
  });

  test("retries a network error and a 503, then succeeds", async ({ baseURL }) => {
    const { client, calls } = countedClient(baseURL!, [
      () => {
        throw new TypeError("fetch failed");
      },
      () =>
        Response.json({ error: { code: "internal", message: "busy" } }, { status: 503 }),
    ]);

    const result = await client.pushPredictions([
      prediction(model, region, "retried", 0.9),
    ]);
    expect(result).toEqual({ accepted: 1, duplicates: 0, flagged: 0, audited: 0 });
    expect(calls.count).toBe(3);
  });

  test("waits out a 429's Retry-After before trying again", async ({ baseURL }) => {
    const limited = () =>
      Response.json(
        { error: { code: "rate_limited", message: "slow down", details: [] } },
        { status: 429, headers: { "Retry-After": "1" } },
      );
    const { client, calls } = countedClient(baseURL!, [limited]);

    const started = Date.now();
    const result = await client.pushPredictions([
      prediction(model, region, "limited", 0.9),
    ]);
    expect(result.accepted).toBe(1);
    expect(calls.count).toBe(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
  });

  test("throws a 422 as TidelineApiError at once, without retrying", async ({
    baseURL,
  }) => {
    const { client, calls } = countedClient(baseURL!);
    const wrong = prediction(model, region, "bad-label", 0.9);
    wrong.output = { label: "horse", probabilities: { cat: 0.9, dog: 0.1 } };

    const error = await client.pushPredictions([wrong]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TidelineApiError);
    expect(error).toMatchObject({
      status: 422,
      code: "validation_failed",
      details: [
        expect.objectContaining({ index: 0, path: "predictions.0.output.label" }),
      ],
    });
    expect(calls.count).toBe(1);
  });

  test("gives up after maxRetries with the last answer", async ({ baseURL }) => {
    const badGateway = () => new Response("<html>bad gateway</html>", { status: 502 });
    const { client, calls } = countedClient(
      baseURL!,
      [badGateway, badGateway, badGateway],
      {
        maxRetries: 2,
      },
    );

    const error = await client
      .pushPredictions([prediction(model, region, "never", 0.9)])
      .catch((e: unknown) => e);
    expect(error).toMatchObject({
      name: "TidelineApiError",
      status: 502,
      code: "http_502",
    });
    expect(calls.count).toBe(3);
  });
});
