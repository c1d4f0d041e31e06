import { type APIRequestContext, expect, type Locator, test } from "@playwright/test";

import {
  adminHeaders,
  makeChurnModel,
  makeRegion,
  makeUser,
  PASSWORD,
} from "../support/api";
import { signInAs } from "../support/ui";

const HOSTILE_TEXT = "<script>window.__xss=1</script> مرحبا";

/** A churn model in a new region whose `plan` is sensitive, with `count` flagged items. */
async function churnQueue(request: APIRequestContext, count: number) {
  const region = await makeRegion(request);
  const masked = await request.put(`/api/v1/regions/${region}`, {
    headers: adminHeaders,
    data: { name: `Region ${region}`, retentionDays: 30, sensitiveFields: ["plan"] },
  });
  expect(masked.status(), await masked.text()).toBe(200);

  const model = await makeChurnModel(request);

  // The hostile item is the least certain (0.5), so it is the first one offered.
  const predictions = Array.from({ length: count }, (_, i) => {
    const churn = i === 0 ? 0.5 : 0.52 + i * 0.003;
    return {
      id: i === 0 ? "p-hostile" : `p-${String(i).padStart(2, "0")}`,
      model,
      modelVersion: "2026.12.1",
      region,
      client: "acme",
      features: { age: 30 + i, plan: i % 2 ? "pro" : "basic" },
      text: i === 0 ? HOSTILE_TEXT : `Customer ${i} asked about cancelling.`,
      output: { label: "churn", probabilities: { stay: 1 - churn, churn } },
      explanation:
        i === 0
          ? {
              attributions: { age: -0.21, plan: 0.34 },
              decisionPath: ["plan = basic", "age <= 42.5", "leaf: churn"],
            }
          : null,
    };
  });
  const pushed = await request.post("/api/v1/predictions", {
    headers: adminHeaders,
    data: { predictions },
  });
  expect(await pushed.json()).toMatchObject({ accepted: count, flagged: count });

  return { region, model };
}

const itemOf = (main: Locator) => main.locator("[data-item-id]");

/** Presses the keys and waits until a different item is on screen. */
async function pressForNext(main: Locator, ...keys: string[]) {
  const page = main.page();
  const before = await itemOf(main).getAttribute("data-item-id");
  for (const key of keys) await page.keyboard.press(key);
  await expect(itemOf(main)).not.toHaveAttribute("data-item-id", before!);
  return before!;
}

test("a reviewer labels a queue with the keyboard alone", async ({ page, request }) => {
  const { region, model } = await churnQueue(request, 12);
  const reviewer = await makeUser(request, "reviewer", [region]);
  await signInAs(page, reviewer.email, PASSWORD);
  await page.goto(`/queue/${model}`);

  const main = page.getByRole("main");
  const progress = main.getByTestId("progress-line");
  await expect(main.getByRole("heading", { name: "Prediction p-hostile" })).toBeVisible();
  await expect(main.getByText(HOSTILE_TEXT, { exact: true })).toBeVisible();
  expect(
    await page.evaluate(() => (window as { __xss?: unknown }).__xss),
  ).toBeUndefined();
  const plan = main.getByRole("row", { name: /^plan/ });
  await expect(plan).toContainText("•••");
  await expect(plan).toContainText("hidden for your role");
  await expect(main.getByRole("list", { name: "Feature attributions" })).toContainText(
    "plan",
  );
  await expect(
    main.getByRole("listitem").filter({ hasText: "leaf: churn" }),
  ).toBeVisible();
  await expect(progress).toHaveText("0 labelled today · 11 left in queue");

  await pressForNext(main, "1", "Enter");
  await expect(progress).toHaveText(/^1 labelled today/);
  await pressForNext(main, "2", "Enter");
  await pressForNext(main, "s");
  await pressForNext(main, "u");
  await expect(progress).toHaveText(/^3 labelled today/);

  // Undo brings the last labeled item back with its label chosen; relabel it.
  const undone = await pressForNext(main, "1", "Enter");
  await expect(progress).toHaveText(/^4 labelled today/);
  await page.keyboard.press("z");
  await expect(itemOf(main)).toHaveAttribute("data-item-id", undone);
  await expect(main.getByRole("radio", { name: "stay" })).toBeChecked();
  await expect(progress).toHaveText(/^3 labelled today/);
  await pressForNext(main, "2", "Enter");

  // A note typed after N goes with the label; Enter in the note submits.
  await page.keyboard.press("2");
  await page.keyboard.press("n");
  await expect(main.getByLabel("Note")).toBeFocused();
  await page.keyboard.type("Sounded unsure on the phone");
  await pressForNext(main, "Enter");
  await expect(main.getByLabel("Note")).toHaveValue("");

  for (let i = 0; i < 5; i += 1) await pressForNext(main, "1", "Enter");
  await page.keyboard.press("1");
  await page.keyboard.press("Enter");

  // 10 labels and 1 unsure count today; the skipped item stays open for others only.
  await expect(
    main.getByRole("heading", {
      name: `Queue cleared — nothing left for you in Churn ${model}`,
    }),
  ).toBeVisible();
  await expect(progress).toHaveText("11 labelled today · 0 left in queue");

  const overview = await (
    await request.get("/api/v1/queues", { headers: adminHeaders })
  ).json();
  expect(overview.queues.filter((q: { model: string }) => q.model === model)).toEqual([
    expect.objectContaining({ region, open: 1, leased: 0, disputed: 1 }),
  ]);
  expect(overview.labelRates).toContainEqual({ model, lastHour: 11, lastDay: 11 });
});

test("a label sent under a lost lease is refused, and the reviewer is told", async ({
  page,
  request,
  baseURL,
}) => {
  const { region, model } = await churnQueue(request, 3);
  const reviewer = await makeUser(request, "reviewer", [region]);
  await signInAs(page, reviewer.email, PASSWORD);

  // The lease is given back just before the label reaches the server.
  await page.route("**/api/v1/items/*/labels", async (route) => {
    const itemId = new URL(route.request().url()).pathname.split("/")[4];
    const { leaseId } = route.request().postDataJSON();
    const released = await page.request.post(`/api/v1/items/${itemId}/release`, {
      headers: { Origin: baseURL! },
      data: { leaseId },
    });
    expect(released.status()).toBe(200);
    await route.continue();
  });
  await page.goto(`/queue/${model}`);

  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { name: "Prediction p-hostile" })).toBeVisible();
  await pressForNext(main, "1", "Enter");
  await expect(main.getByRole("status")).toContainText("p-hostile");
  await expect(main.getByRole("status")).toContainText("Nothing was saved.");
  await expect(main.getByTestId("progress-line")).toHaveText(/^0 labelled today/);
});
