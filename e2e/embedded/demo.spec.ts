import { expect, test } from "@playwright/test";

import { adminHeaders } from "../support/api";

/**
 * The embedded server starts with TIDELINE_DEMO=on: in the background it
 * trains the penguin classifier and pushes its predictions through the API.
 */
test("the first start on the embedded database seeds the penguin demo", async ({
  request,
}) => {
  test.setTimeout(120_000);

  const penguins = async () => {
    const response = await request.get("/api/v1/models/penguins", {
      headers: adminHeaders,
    });
    return response.ok() ? await response.json() : null;
  };
  await expect
    .poll(async () => (await penguins())?.model.predictionCount ?? 0, { timeout: 90_000 })
    .toBeGreaterThanOrEqual(1_000);

  const { model, versions } = await penguins();
  expect(versions.map((v: { version: string }) => v.version).sort()).toEqual([
    "1.0.0",
    "1.1.0",
  ]);
  expect(model.labels).toEqual(["Adelie", "Chinstrap", "Gentoo"]);
  expect(model.referenceRows).toBeGreaterThan(0);
  expect(model.openItems).toBeGreaterThan(0);
});
