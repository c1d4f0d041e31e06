import { createHash } from "node:crypto";
import fs from "node:fs";

import { type APIRequestContext, expect, test } from "@playwright/test";

import {
  adminHeaders,
  makeChurnModel,
  bearer,
  makeRegion,
  makeUser,
  PASSWORD,
  personalToken,
  signedIn,
} from "../support/api";
import { signInAs } from "../support/ui";

const SHOTS = process.env.DATASET_SHOTS;

async function pushPredictions(
  request: APIRequestContext,
  model: string,
  region: string,
  ids: string[],
) {
  const response = await request.post("/api/v1/predictions", {
    headers: adminHeaders,
    data: {
      predictions: ids.map((id, i) => ({
        id,
        model,
        modelVersion: "2026.12.1",
        region,
        client: "acme",
        features: { age: 30 + i, plan: i % 2 ? "pro" : "basic" },
        output: { label: "churn", probabilities: { stay: 0.45, churn: 0.55 } },
      })),
    },
  });
  expect(response.status(), await response.text()).toBe(200);
}

/** A reviewer labels everything in the queue through the API, as the labeling page would. */
async function labelAll(request: APIRequestContext, token: string, model: string) {
  for (;;) {
    const claim = await request.post("/api/v1/queue/claim", {
      headers: bearer(token),
      data: { model },
    });
    if (claim.status() === 204) return;
    const { item, lease } = await claim.json();
    const label = await request.post(`/api/v1/items/${item.id}/labels`, {
      headers: bearer(token),
      data: {
        leaseId: lease.id,
        label: item.predictionId.endsWith("1") ? "stay" : "churn",
      },
    });
    expect(label.status(), await label.text()).toBe(201);
  }
}

test("a data scientist cuts versions, compares them and downloads an export", async ({
  page,
  request,
  baseURL,
}) => {
  const region = await makeRegion(request);
  const model = await makeChurnModel(request);
  await pushPredictions(request, model, region, ["p-01", "p-02", "p-03"]);

  const reviewer = await makeUser(request, "reviewer", [region]);
  const reviewerSession = await signedIn(baseURL!, reviewer.email);
  const { secret } = await personalToken(reviewerSession, ["review"]);
  await labelAll(request, secret, model);

  const scientist = await makeUser(request, "data_scientist", [region]);
  await signInAs(page, scientist.email, PASSWORD);
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Datasets" })
    .click();
  const main = page.getByRole("main");
  await main.getByLabel("Name").fill("Churn feedback");
  await main.getByLabel("Model", { exact: true }).selectOption(model);
  if (SHOTS)
    await page.screenshot({ path: `${SHOTS}/datasets-list.png`, fullPage: true });
  await main.getByRole("button", { name: "Create dataset" }).click();

  await expect(main.getByRole("heading", { name: "Churn feedback" })).toBeVisible();
  await main.getByRole("button", { name: "Cut version" }).click();
  await expect(main.getByRole("link", { name: "Version 1", exact: true })).toBeVisible();

  // New labels arrive after version 1.
  await pushPredictions(request, model, region, ["p-04", "p-05"]);
  await labelAll(request, secret, model);

  await main.getByRole("button", { name: "Cut version" }).click();
  await expect(main.getByRole("link", { name: "Version 2", exact: true })).toBeVisible();
  if (SHOTS)
    await page.screenshot({ path: `${SHOTS}/dataset-versions.png`, fullPage: true });

  await main.getByRole("button", { name: "Compare" }).click();
  await expect(
    main.getByRole("heading", { name: "Version 1 → version 2" }),
  ).toBeVisible();
  await expect(main.getByRole("link", { name: "added 2" })).toBeVisible();
  await expect(main.getByRole("cell", { name: "p-04" })).toBeVisible();
  await expect(main.getByRole("cell", { name: "p-05" })).toBeVisible();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/dataset-diff.png`, fullPage: true });

  await main.getByRole("link", { name: "← Dataset" }).click();
  await main.getByRole("link", { name: "Version 2", exact: true }).click();
  await expect(main.getByRole("heading", { name: "Version 2" })).toBeVisible();
  const shown = (await main.getByTestId("version-sha256").textContent())!.trim();
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/dataset-rows.png`, fullPage: true });

  const downloading = page.waitForEvent("download");
  await main.getByRole("link", { name: "Download version 2 as JSONL" }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("churn-feedback-v2.jsonl");
  const bytes = fs.readFileSync((await download.path())!);
  expect(bytes.toString("utf8").trim().split("\n")).toHaveLength(5);

  // The manifest, one click away, names the content hash shown on the page
  // and the sha256 of the very file downloaded.
  const manifestUrl = await main
    .getByRole("link", { name: "Manifest of version 2: schema and checksums" })
    .getAttribute("href");
  const manifest = await (await page.request.get(manifestUrl!)).json();
  expect(manifest.sha256).toBe(shown);
  expect(manifest.formats.jsonl.sha256).toBe(
    createHash("sha256").update(bytes).digest("hex"),
  );
});
