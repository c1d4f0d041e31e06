import { expect, test } from "@playwright/test";

import {
  adminHeaders,
  bearer,
  expectError,
  makeRegion,
  makeUser,
  personalToken,
  signedIn,
  unique,
} from "../support/api";

type Body = unknown;

/**
 * Every bad input gets its clear error and stores nothing: after each case the
 * model's prediction count is unchanged.
 */
test.describe("bad input to POST /api/v1/predictions", () => {
  let modelKey: string;
  let region: string;
  let otherRegion: string;
  let reviewerToken: string;
  let narrowToken: string;

  const good = (id = unique("p"), overrides: Record<string, unknown> = {}) => ({
    id,
    model: modelKey,
    modelVersion: "v1",
    region,
    client: "acme",
    timestamp: "2026-12-01T10:00:00Z",
    features: { age: 41, plan: "pro" },
    output: { label: "churn", probabilities: { stay: 0.45, churn: 0.55 } },
    ...overrides,
  });

  test.beforeAll(async ({ playwright, baseURL }) => {
    const api = await playwright.request.newContext({ baseURL });
    region = await makeRegion(api);
    otherRegion = await makeRegion(api);
    modelKey = unique("churn");
    const created = await api.put(`/api/v1/models/${modelKey}`, {
      headers: adminHeaders,
      data: {
        name: "Churn",
        labels: ["stay", "churn"],
        features: [
          { name: "age", type: "numerical" },
          { name: "plan", type: "categorical" },
        ],
        flagging: { strategy: "least_confidence", threshold: 0.4, auditRate: 0.02 },
      },
    });
    expect(created.status()).toBe(200);

    const reviewer = await makeUser(api, "reviewer", [region]);
    reviewerToken = (
      await personalToken(await signedIn(baseURL!, reviewer.email), ["review"])
    ).secret;
    const narrow = await api.post("/api/v1/tokens", {
      headers: adminHeaders,
      data: {
        name: unique("narrow"),
        kind: "service",
        scopes: ["ingest"],
        regions: [otherRegion],
      },
    });
    narrowToken = (await narrow.json()).secret;
  });

  type Case = { body: Body; headers?: Record<string, string> };
  const batch = (...predictions: unknown[]): Case => ({ body: { predictions } });
  const one = (overrides: Record<string, unknown>) => batch(good(undefined, overrides));
  // The edit must find what it replaces: ids are random, so it names the
  // exact key and value instead of a bare number that an id might contain.
  const raw = (edit: (json: string) => string): Case => {
    const json = JSON.stringify({ predictions: [good()] });
    const edited = edit(json);
    if (edited === json) throw new Error("the edit changed nothing");
    return { body: edited };
  };
  const output = (label: string, probabilities: Record<string, number>) => ({
    output: { label, probabilities },
  });
  const without = (field: string) => {
    const prediction: Record<string, unknown> = good();
    delete prediction[field];
    return batch(prediction);
  };
  const many = (n: number) => batch(...Array.from({ length: n }, () => good()));
  const huge = "x".repeat(10 * 1024 * 1024);

  const cases: [string, () => Case, number, string][] = [
    ["a body that is not JSON", () => ({ body: "{predictions: [" }), 400, "malformed"],
    ["an empty body", () => ({ body: "" }), 400, "malformed"],
    [
      "NaN in a feature",
      () => raw((j) => j.replace(`"age":41`, `"age":NaN`)),
      400,
      "malformed",
    ],
    [
      "Infinity as latency",
      () => raw((j) => j.replace('"v1"', '"v1","latencyMs":Infinity')),
      400,
      "malformed",
    ],
    [
      "a number too large for a double",
      () => raw((j) => j.replace(`"age":41`, `"age":1e400`)),
      422,
      "validation_failed",
    ],
    [
      "an array instead of an object",
      () => ({ body: [good()] }),
      422,
      "validation_failed",
    ],
    [
      "predictions that are not a list",
      () => ({ body: { predictions: "many" } }),
      422,
      "validation_failed",
    ],
    ["an empty batch", () => batch(), 422, "validation_failed"],
    ["5,001 predictions", () => many(5001), 422, "validation_failed"],
    ["a missing id", () => without("id"), 422, "validation_failed"],
    ["an empty id", () => one({ id: "" }), 422, "validation_failed"],
    ["a missing output", () => without("output"), 422, "validation_failed"],
    ["a number as the id", () => one({ id: 17 }), 422, "validation_failed"],
    [
      "a numerical feature as text",
      () => one({ features: { age: "forty" } }),
      422,
      "validation_failed",
    ],
    [
      "probabilities summing to 0.9",
      () => one(output("churn", { stay: 0.35, churn: 0.55 })),
      422,
      "validation_failed",
    ],
    [
      "a negative probability",
      () => one(output("churn", { stay: -0.1, churn: 1.1 })),
      422,
      "validation_failed",
    ],
    ["no probabilities", () => one(output("churn", {})), 422, "validation_failed"],
    [
      "an unknown output label",
      () => one(output("maybe", { stay: 0.45, churn: 0.55 })),
      422,
      "validation_failed",
    ],
    [
      "an unknown probability label",
      () => one(output("churn", { leave: 0.45, churn: 0.55 })),
      422,
      "validation_failed",
    ],
    ["an unknown model", () => one({ model: "no-such-model" }), 422, "validation_failed"],
    ["an unknown region", () => one({ region: "atlantis" }), 422, "validation_failed"],
    [
      "a timestamp without a zone",
      () => one({ timestamp: "2026-12-01 10:00" }),
      422,
      "validation_failed",
    ],
    ["a negative latency", () => one({ latencyMs: -5 }), 422, "validation_failed"],
    [
      "text over 20,000 characters",
      () => one({ text: "x".repeat(20_001) }),
      422,
      "validation_failed",
    ],
    [
      "a NUL character in text",
      () => one({ text: "a\u0000b" }),
      422,
      "validation_failed",
    ],
    [
      "a lone surrogate in a feature",
      () => raw((j) => j.replace(`"plan":"pro"`, `"plan":"\\ud800"`)),
      422,
      "validation_failed",
    ],
    [
      "a timestamp in the year 0000",
      () => one({ timestamp: "0000-06-01T10:00:00Z" }),
      422,
      "validation_failed",
    ],
    ["an unknown field", () => one({ colour: "red" }), 422, "validation_failed"],
    [
      "one bad prediction among good ones",
      () => batch(good(), good(), good(undefined, { region: "x" })),
      422,
      "validation_failed",
    ],
    ["a 10 MB body", () => one({ text: huge }), 413, "payload_too_large"],
    ["no token", () => ({ ...batch(good()), headers: {} }), 401, "unauthenticated"],
    [
      "a token without ingest",
      () => ({ ...batch(good()), headers: bearer(reviewerToken) }),
      403,
      "forbidden",
    ],
    [
      "a token of another region",
      () => ({ ...batch(good()), headers: bearer(narrowToken) }),
      403,
      "forbidden",
    ],
  ];

  async function predictionCount(request: import("@playwright/test").APIRequestContext) {
    const response = await request.get(`/api/v1/models/${modelKey}`, {
      headers: adminHeaders,
    });
    return (await response.json()).model.predictionCount as number;
  }

  for (const [name, make, status, code] of cases) {
    test(`refuses ${name}`, async ({ request }) => {
      const before = await predictionCount(request);
      const { body, headers = adminHeaders } = make();

      const response = await request.post("/api/v1/predictions", {
        headers: { ...headers, "content-type": "application/json" },
        data: Buffer.from(typeof body === "string" ? body : JSON.stringify(body)),
      });

      const error = await expectError(response, status, code);
      if (status === 422) expect(error.details.length).toBeGreaterThan(0);
      expect(await predictionCount(request)).toBe(before);
    });
  }

  test("names each failing prediction by index and path", async ({ request }) => {
    const response = await request.post("/api/v1/predictions", {
      headers: adminHeaders,
      data: {
        predictions: [
          good(),
          good(undefined, { region: "atlantis" }),
          good(undefined, { features: { age: "old", plan: "pro" } }),
        ],
      },
    });

    const error = await expectError(response, 422, "validation_failed");
    expect(error.details).toEqual([
      { index: 1, path: "predictions.1.region", message: 'unknown region "atlantis"' },
      {
        index: 2,
        path: "predictions.2.features.age",
        message: expect.stringContaining("numerical"),
      },
    ]);
  });

  test("keeps script tags and right-to-left text as text", async ({ request }) => {
    const text = '<script>alert("x")</script> \u202Eevil\u202C مرحبا 👋';
    const response = await request.post("/api/v1/predictions", {
      headers: adminHeaders,
      data: { predictions: [good(unique("xss"), { text, client: "<b>acme</b>" })] },
    });

    expect(await response.json()).toMatchObject({ accepted: 1, flagged: 1 });
  });

  test("answers 429 with Retry-After past a token's rate", async ({ request }) => {
    const created = await request.post("/api/v1/tokens", {
      headers: adminHeaders,
      data: {
        name: unique("slow"),
        kind: "service",
        scopes: ["ingest"],
        ratePerSecond: 0.5,
      },
    });
    const slow = bearer((await created.json()).secret);

    const statuses: number[] = [];
    let limited: import("@playwright/test").APIResponse | null = null;
    for (let i = 0; i < 8 && !limited; i++) {
      const response = await request.post("/api/v1/predictions", {
        headers: slow,
        data: { predictions: [good()] },
      });
      statuses.push(response.status());
      if (response.status() === 429) limited = response;
    }

    expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
    await expectError(limited!, 429, "rate_limited");
    expect(Number(limited!.headers()["retry-after"])).toBeGreaterThanOrEqual(1);
  });
});
