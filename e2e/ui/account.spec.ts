import { expect, test } from "@playwright/test";

import { bearer, makeUser, PASSWORD } from "../support/api";
import { E2E_ADMIN } from "../support/servers";
import { signInAs, signOut } from "../support/ui";

test("an admin signs in, creates a token that works, revokes it and signs out", async ({
  page,
  request,
}) => {
  await page.goto("/signin");
  await page.getByLabel("E-mail").fill(E2E_ADMIN.email);
  await page.getByLabel("Password").fill("not my password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("main").getByRole("status")).toHaveText(
    "Wrong e-mail or password.",
  );

  await signInAs(page, E2E_ADMIN.email, E2E_ADMIN.password);
  await page.getByRole("link", { name: "API tokens" }).click();
  await expect(page.getByRole("heading", { name: "API tokens" })).toBeVisible();

  const main = page.getByRole("main");
  await main.getByLabel("Name").fill("my notebook");
  await main.getByRole("checkbox", { name: "metrics:read" }).check();
  await main.getByRole("button", { name: "Create token" }).click();

  const secret = await main.getByTestId("token-secret").textContent();
  expect(secret).toMatch(/^tdl_/);
  const me = await request.get("/api/v1/me", { headers: bearer(secret!) });
  expect(await me.json()).toMatchObject({ via: "token", scopes: ["metrics:read"] });

  await main.getByRole("button", { name: "I have stored it" }).click();
  const row = main.getByRole("row", { name: /my notebook/ });
  await expect(row).toContainText("active");
  page.once("dialog", (dialog) => dialog.accept());
  await row.getByRole("button", { name: "Revoke my notebook" }).click();
  await expect(row).toContainText("revoked");
  expect((await request.get("/api/v1/me", { headers: bearer(secret!) })).status()).toBe(
    401,
  );

  await signOut(page);
  await page.goto("/tokens");
  await expect(page).toHaveURL(/\/signin/);
});

test("a reviewer sees only what a reviewer may use", async ({ page, request }) => {
  const reviewer = await makeUser(request, "reviewer");

  await signInAs(page, reviewer.email, PASSWORD);

  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link")).toHaveText(["Queue", "API tokens"]);
  await expect(
    page.getByRole("heading", { name: "Nothing to review yet" }),
  ).toBeVisible();

  await page.goto("/admin/users");
  await expect(
    page.getByRole("heading", { name: "You have no access to this page" }),
  ).toBeVisible();
});

test("an admin adds a person, who can then sign in with the shown password", async ({
  page,
  browser,
}) => {
  await signInAs(page, E2E_ADMIN.email, E2E_ADMIN.password);
  await page.getByRole("link", { name: "Admin" }).click();

  const main = page.getByRole("main");
  const email = `ana-${Date.now()}@e2e.test`;
  await main.getByLabel("E-mail").fill(email);
  await main.getByLabel("Name").fill("Ana <b>Lima</b>");
  await main.getByLabel("Role", { exact: true }).selectOption("data_scientist");
  await main.getByRole("button", { name: "Add user" }).click();

  const notice = main.getByRole("status").filter({ hasText: "shown once" });
  const password = await notice.locator("code").textContent();
  await expect(main.getByRole("row", { name: /Ana <b>Lima<\/b>/ })).toBeVisible();

  const other = await browser.newPage();
  await signInAs(other, email, password!);
  await expect(
    other.getByRole("navigation", { name: "Main" }).getByRole("link"),
  ).toHaveText(["Models", "Datasets", "API tokens"]);
  await other.close();
});
