import { type Browser, expect, type Locator, test } from "@playwright/test";

import { adminHeaders, makeRegion, makeUser, PASSWORD, unique } from "../support/api";
import { signInAs } from "../support/ui";

const itemOf = (main: Locator) => main.locator("[data-item-id]");

async function labelWithKeys(main: Locator, key: string) {
  const page = main.page();
  const before = await itemOf(main).getAttribute("data-item-id");
  await page.keyboard.press(key);
  await page.keyboard.press("Enter");
  await expect(itemOf(main)).not.toHaveAttribute("data-item-id", before!);
}

async function reviewerPage(browser: Browser, email: string, model: string) {
  const page = await browser.newPage();
  await signInAs(page, email, PASSWORD);
  await page.goto(`/queue/${model}`);
  const main = page.getByRole("main");
  await expect(itemOf(main)).toBeVisible();
  return { page, main };
}

test("two reviewers disagree on an item and a lead settles it", async ({
  browser,
  request,
}) => {
  const region = await makeRegion(request);
  const model = unique("intent");
  await request.put(`/api/v1/models/${model}`, {
    headers: adminHeaders,
    data: {
      name: `Intent ${model}`,
      labels: ["stay", "churn"],
      features: [{ name: "tenure", type: "numerical" }],
      flagging: { strategy: "margin", threshold: 0.5, auditRate: 0 },
      labelsPerItem: 2,
    },
  });
  const predictions = Array.from({ length: 11 }, (_, i) => ({
    id: `call-${String(i).padStart(2, "0")}`,
    model,
    modelVersion: "v1",
    region,
    client: "acme",
    features: { tenure: 3 + i },
    text: `Call ${i}: the customer compared our price with a competitor.`,
    output: {
      label: "churn",
      probabilities: { stay: 0.48 - i * 0.01, churn: 0.52 + i * 0.01 },
    },
  }));
  const pushed = await request.post("/api/v1/predictions", {
    headers: adminHeaders,
    data: { predictions },
  });
  expect(await pushed.json()).toMatchObject({ accepted: 11, flagged: 11 });
  const ana = await makeUser(request, "reviewer", [region]);
  const bo = await makeUser(request, "reviewer", [region]);
  const lead = await makeUser(request, "lead_reviewer", [region]);

  // Ana labels ten items "stay" with the keyboard alone.
  const first = await reviewerPage(browser, ana.email, model);
  const firstItem = await itemOf(first.main).getAttribute("data-item-id");
  for (let i = 0; i < 10; i++) await labelWithKeys(first.main, "1");
  await first.page.close();

  // Bo is offered the same most uncertain item first, and says "churn".
  const second = await reviewerPage(browser, bo.email, model);
  await expect(itemOf(second.main)).toHaveAttribute("data-item-id", firstItem!);
  await labelWithKeys(second.main, "2");
  await second.page.close();

  // The lead finds the disagreement from the queue overview and settles it.
  const leadPage = await browser.newPage();
  await signInAs(leadPage, lead.email, PASSWORD);
  await leadPage.goto("/queue");
  const main = leadPage.getByRole("main");
  const queue = main.getByRole("region", { name: `Queue of Intent ${model}` });
  await queue.getByRole("link", { name: "Disagreements (1)" }).click();

  const item = main.getByRole("article", { name: `Item ${firstItem}` });
  await expect(item).toContainText("needs a decision");
  await expect(item).toContainText("stay");
  await expect(item).toContainText("churn");
  await item
    .getByLabel(`Reason for item ${firstItem}`)
    .fill("Asked for a cancellation form");
  await item.getByRole("button", { name: "Settle as churn" }).click();
  await expect(
    main.getByRole("heading", { name: "No disagreements to settle" }),
  ).toBeVisible();

  const audit = await request.get("/api/v1/audit?entityType=review_item", {
    headers: adminHeaders,
  });
  expect((await audit.json()).entries).toContainEqual(
    expect.objectContaining({
      action: "item.adjudicate",
      entityId: firstItem,
      reason: "Asked for a cancellation form",
      after: { status: "done", finalLabel: "churn" },
    }),
  );
  const agreement = await request.get(`/api/v1/models/${model}/agreement`, {
    headers: adminHeaders,
  });
  expect(await agreement.json()).toMatchObject({ method: "cohen", items: 1, raters: 2 });
});
