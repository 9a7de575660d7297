import { expectNoSeriousA11yViolations } from "./support/a11y.js";
import { createUser, loginStatus } from "./support/api.js";
import { ANONYMOUS, e2eEnv } from "./support/env.js";
import { openAs } from "./support/session.js";
import { expect, test } from "./support/test.js";

// The 403 logs out, which revokes the session on the server: this test logs in on its own, so the shared admin
// session of the other tests stays live.
test("the first superuser cannot delete their own account", async ({ browser, request }) => {
  const context = await browser.newContext({ baseURL: e2eEnv.baseUrl, storageState: ANONYMOUS });
  const page = await context.newPage();
  await openAs(page, e2eEnv.superuser, "/settings");
  await page.getByRole("tab", { name: "Danger zone" }).click();
  await page.getByRole("button", { name: "Delete Account" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Delete" }).click();
  await expect(page.getByText("Super users are not allowed to delete themselves")).toBeVisible();
  // The answer is a 403, which the global error hook turns into a logout.
  await expect(page).toHaveURL(/\/login$/);
  expect(await loginStatus(request, e2eEnv.superuser.email, e2eEnv.superuser.password)).toBe(200);
  await context.close();
});

test.describe("as a regular user", () => {
  test.use({ storageState: ANONYMOUS });

  test("a user deletes the account and can no longer log in", async ({ page, request, consoleGuard }) => {
    consoleGuard.allow(/status of 400 .* at \S+\/api\/v1\/login\/session$/);
    const user = await createUser(request);
    await openAs(page, user, "/settings");
    await page.getByRole("tab", { name: "Danger zone" }).click();
    await expect(page.getByText("Permanently delete your account and all associated data.")).toBeVisible();
    await page.getByRole("button", { name: "Delete Account" }).click();
    const dialog = page.getByRole("dialog");
    await expect(dialog.getByRole("heading", { name: "Confirmation Required" })).toBeVisible();
    await expectNoSeriousA11yViolations(page, "/settings delete-account dialog");
    await dialog.getByRole("button", { name: "Delete" }).click();
    await expect(page.getByText("Your account has been successfully deleted")).toBeVisible();
    await expect(page).toHaveURL(/\/login$/);

    await page.getByTestId("email-input").fill(user.email);
    await page.getByTestId("password-input").fill(user.password);
    await page.getByRole("button", { name: "Log In" }).click();
    await expect(page.getByText("Incorrect email or password")).toBeVisible();
  });

  test("cancelling the delete-account dialog keeps the account", async ({ page, request }) => {
    const user = await createUser(request);
    await openAs(page, user, "/settings");
    await page.getByRole("tab", { name: "Danger zone" }).click();
    await page.getByRole("button", { name: "Delete Account" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();
    await expect(page.getByRole("dialog")).toBeHidden();
    expect(await loginStatus(request, user.email, user.password)).toBe(200);
  });
});
