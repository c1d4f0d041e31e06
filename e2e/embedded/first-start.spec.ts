import { expect, test } from "@playwright/test";

import { E2E_ADMIN } from "../support/servers";
import { signInAs } from "../support/ui";

test("on the embedded database a person signs in and manages a region", async ({
  page,
  request,
}) => {
  const health = await request.get("/api/health");
  expect(await health.json()).toEqual({ status: "ok", database: "pglite" });

  await signInAs(page, E2E_ADMIN.email, E2E_ADMIN.password);
  await page.goto("/admin/regions");

  const main = page.getByRole("main");
  await main.getByLabel("Key").fill("eu-west");
  await main.getByLabel("Name").fill("EU West");
  await main.getByLabel("Retention (days)").fill("365");
  await main.getByRole("button", { name: "Save region" }).click();
  await expect(main.getByRole("row", { name: /eu-west/ })).toContainText("365 days");

  await page.goto("/admin/audit");
  await main.getByRole("button", { name: "Verify chain" }).click();
  await expect(main.getByText(/Chain intact: \d+ entries checked/)).toBeVisible();
});
