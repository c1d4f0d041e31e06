import { expect, test } from "@playwright/test";

import { adminHeaders, makeRegion, unique } from "../support/api";
import { E2E_ADMIN } from "../support/servers";
import { signInAs } from "../support/ui";

test("an admin sees a model's version changelog and writes a note on a version", async ({
  page,
  request,
}) => {
  const region = await makeRegion(request);
  const key = unique("fraud");
  await request.put(`/api/v1/models/${key}`, {
    headers: adminHeaders,
    data: {
      name: `Fraud ${key}`,
      labels: ["ok", "fraud"],
      features: [{ name: "amount", type: "numerical" }],
      flagging: { strategy: "margin", threshold: 0.5, auditRate: 0 },
    },
  });
  const push = (version: string, ids: string[]) =>
    request.post("/api/v1/predictions", {
      headers: adminHeaders,
      data: {
        predictions: ids.map((id) => ({
          id,
          model: key,
          modelVersion: version,
          region,
          client: "acme",
          features: { amount: 120.5 },
          output: { label: "ok", probabilities: { ok: 0.7, fraud: 0.3 } },
        })),
      },
    });
  expect((await push("2026.11.1", ["a", "b", "c"])).status()).toBe(200);
  expect((await push("2026.12.1", ["d"])).status()).toBe(200);

  await signInAs(page, E2E_ADMIN.email, E2E_ADMIN.password);
  await page
    .getByRole("navigation", { name: "Main" })
    .getByRole("link", { name: "Models" })
    .click();
  const main = page.getByRole("main");
  await main.getByRole("link", { name: `Fraud ${key}` }).click();

  await expect(main.getByRole("heading", { name: `Fraud ${key}` })).toBeVisible();
  const changelog = main.getByRole("table");
  await expect(changelog.getByRole("row")).toHaveCount(3);
  await expect(changelog.getByRole("row", { name: /2026\.11\.1/ })).toContainText("3");
  await expect(changelog.getByRole("row", { name: /2026\.12\.1/ })).toContainText("1");

  await main.getByRole("button", { name: "Edit notes of 2026.12.1" }).click();
  await main
    .getByLabel("Notes of 2026.12.1")
    .fill("Retrained on November data <b>not bold</b>");
  await main.getByRole("button", { name: "Save notes" }).click();
  await expect(changelog.getByRole("row", { name: /2026\.12\.1/ })).toContainText(
    "Retrained on November data <b>not bold</b>",
  );
});
