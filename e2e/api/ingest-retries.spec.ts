import { expect, test } from "@playwright/test";

import { adminHeaders, makeRegion, unique } from "../support/api";

test("ten racing retries of one batch store it once", async ({ request }) => {
  const region = await makeRegion(request);
  const model = unique("race");
  await request.put(`/api/v1/models/${model}`, {
    headers: adminHeaders,
    data: {
      name: "Race",
      labels: ["no", "yes"],
      features: [{ name: "x", type: "numerical" }],
      flagging: { strategy: "entropy", threshold: 0.9, auditRate: 0.1 },
    },
  });
  const predictions = Array.from({ length: 500 }, (_, i) => ({
    id: `p-${i}`,
    model,
    modelVersion: "v1",
    region,
    client: "acme",
    features: { x: i },
    output: {
      label: "yes",
      probabilities: { no: (i % 50) / 100, yes: 1 - (i % 50) / 100 },
    },
  }));

  const responses = await Promise.all(
    Array.from({ length: 10 }, () =>
      request.post("/api/v1/predictions", {
        headers: adminHeaders,
        data: { predictions },
      }),
    ),
  );

  const results = await Promise.all(responses.map((response) => response.json()));
  expect(responses.map((response) => response.status())).toEqual(Array(10).fill(200));
  expect(results.reduce((sum, r) => sum + r.accepted, 0)).toBe(500);
  expect(results.reduce((sum, r) => sum + r.duplicates, 0)).toBe(4500);
  const stored = await request.get(`/api/v1/models/${model}`, { headers: adminHeaders });
  expect((await stored.json()).model).toMatchObject({ predictionCount: 500 });
  expect((await stored.json()).versions).toMatchObject([
    { version: "v1", predictionCount: 500 },
  ]);
});
