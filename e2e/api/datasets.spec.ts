import { createHash } from "node:crypto";

import { type APIRequestContext, expect, test } from "@playwright/test";

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

/** A model whose single prediction carries hostile text, labeled by its outcome. */
async function hostileDataset(request: APIRequestContext) {
  const region = await makeRegion(request);
  const model = unique("csv");
  const created = await request.put(`/api/v1/models/${model}`, {
    headers: adminHeaders,
    data: {
      name: "CSV model",
      labels: ["stay", "churn"],
      features: [{ name: "plan", type: "categorical" }],
      flagging: { strategy: "least_confidence", threshold: 0.4, auditRate: 0 },
    },
  });
  expect(created.status(), await created.text()).toBe(200);

  const pushed = await request.post("/api/v1/predictions", {
    headers: adminHeaders,
    data: {
      predictions: [
        {
          id: "=cmd|' /C calc'!A0",
          model,
          modelVersion: "v1",
          region,
          client: "acme",
          features: { plan: "+SUM(A1)" },
          text: '@evil, "quoted"',
          output: { label: "churn", probabilities: { stay: 0.45, churn: 0.55 } },
        },
      ],
    },
  });
  expect(pushed.status(), await pushed.text()).toBe(200);
  const outcomes = await request.post("/api/v1/outcomes", {
    headers: adminHeaders,
    data: { outcomes: [{ model, predictionId: "=cmd|' /C calc'!A0", label: "stay" }] },
  });
  expect(await outcomes.json()).toMatchObject({ accepted: 1 });

  const dataset = await request.post("/api/v1/datasets", {
    headers: adminHeaders,
    data: { name: "Hostile", model, filter: { regions: [region] } },
  });
  expect(dataset.status(), await dataset.text()).toBe(201);
  const { id } = await dataset.json();
  return { id, region };
}

test.describe("dataset exports over HTTP", () => {
  let datasetId: string;
  let region: string;
  let reader: Record<string, string>;
  let writer: Record<string, string>;
  let reviewerToken: Record<string, string>;

  test.beforeAll(async ({ playwright, baseURL }) => {
    const api = await playwright.request.newContext({ baseURL });
    ({ id: datasetId, region } = await hostileDataset(api));

    const scientist = await makeUser(api, "data_scientist", [region]);
    const session = await signedIn(baseURL!, scientist.email);
    reader = bearer((await personalToken(session, ["datasets:read"])).secret);
    writer = bearer((await personalToken(session, ["datasets:write"])).secret);

    const reviewer = await makeUser(api, "reviewer", [region]);
    const reviewerSession = await signedIn(baseURL!, reviewer.email);
    reviewerToken = bearer((await personalToken(reviewerSession, ["review"])).secret);
  });

  test("cuts a version and exports it with a datasets:read token", async ({
    request,
  }) => {
    const cut = await request.post(`/api/v1/datasets/${datasetId}/versions`, {
      headers: adminHeaders,
    });
    expect(cut.status(), await cut.text()).toBe(201);
    const { version, rows, sha256 } = await cut.json();
    expect(rows).toBe(1);

    const url = `/api/v1/datasets/${datasetId}/versions/${version}/export?format=jsonl`;
    const exported = await request.get(url, { headers: reader });
    expect(exported.status()).toBe(200);
    expect(exported.headers()["content-type"]).toContain("application/x-ndjson");
    expect(exported.headers()["content-disposition"]).toBe(
      `attachment; filename="hostile-v${version}.jsonl"`,
    );
    const body = await exported.body();
    const again = await request.get(url, { headers: reader });
    expect((await again.body()).equals(body)).toBe(true);

    const manifest = await request.get(
      `/api/v1/datasets/${datasetId}/versions/${version}/manifest`,
      { headers: reader },
    );
    const { sha256: contentHash, formats } = await manifest.json();
    expect(contentHash).toBe(sha256);
    expect(formats.jsonl).toMatchObject({
      sha256: createHash("sha256").update(body).digest("hex"),
      bytes: body.byteLength,
    });
    const parquet = await request.get(url.replace("jsonl", "parquet"), {
      headers: reader,
    });
    expect(parquet.headers()["content-type"]).toBe("application/vnd.apache.parquet");
    const parquetHash = createHash("sha256")
      .update(await parquet.body())
      .digest("hex");
    expect(formats.parquet.sha256).toBe(parquetHash);
  });

  test("cuts with a token that may write datasets but not read them", async ({
    request,
  }) => {
    const cut = await request.post(`/api/v1/datasets/${datasetId}/versions`, {
      headers: writer,
    });
    expect(cut.status(), await cut.text()).toBe(201);
    expect(await cut.json()).toMatchObject({ rows: 1, sha256: expect.any(String) });
  });

  test("neutralizes formulas in the CSV", async ({ request }) => {
    const cut = await request.post(`/api/v1/datasets/${datasetId}/versions`, {
      headers: adminHeaders,
      data: {},
    });
    const { version } = await cut.json();

    const csv = await request.get(
      `/api/v1/datasets/${datasetId}/versions/${version}/export?format=csv`,
      { headers: reader },
    );
    expect(csv.headers()["content-type"]).toBe("text/csv; charset=utf-8");
    const [header, row] = (await csv.text()).split("\r\n");
    expect(header).toBe(
      "predictionId,modelVersion,region,client,timestamp,text,predictedLabel,label," +
        "source,agreement,feature_plan",
    );
    expect(row).toContain(`'=cmd|' /C calc'!A0,v1,${region},acme,`);
    expect(row).toContain(`,"'@evil, ""quoted""",churn,stay,outcome,,'+SUM(A1)`);
  });

  test("refuses without a token (401) and with the wrong scope (403)", async ({
    request,
  }) => {
    const url = `/api/v1/datasets/${datasetId}/versions/1/export?format=jsonl`;
    await expectError(await request.get(url), 401, "unauthenticated");
    await expectError(
      await request.get(url, { headers: reviewerToken }),
      403,
      "forbidden",
    );
    await expectError(
      await request.post(`/api/v1/datasets/${datasetId}/versions`, { headers: reader }),
      403,
      "forbidden",
    );
    await expectError(
      await request.post("/api/v1/datasets", {
        headers: adminHeaders,
        data: { name: "x", model: "no-such-model" },
      }),
      422,
      "validation_failed",
    );
  });
});
