import type { Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y.js";
import { createUser, loginStatus } from "./support/api.js";
import { ANONYMOUS, e2eEnv } from "./support/env.js";
import { randomEmail } from "./support/random.js";
import { openAs } from "./support/session.js";
import { expect, test } from "./support/test.js";

/** The profile form of the My profile tab: read mode shows the values as text. */
const profile = (page: Page) => page.getByRole("tabpanel").locator("form");

test.describe("as the first superuser", () => {
  test("settings shows its heading and all three tabs, My profile selected", async ({ page }) => {
    await page.goto("/settings");
    await expect(page).toHaveTitle(`Settings - ${e2eEnv.projectName}`);
    await expect(page.getByRole("heading", { name: "User Settings" })).toBeVisible();
    await expect(page.getByText("Manage your account settings and preferences")).toBeVisible();
    for (const tab of ["My profile", "Password", "Danger zone"]) {
      await expect(page.getByRole("tab", { name: tab })).toBeVisible();
    }
    await expect(page.getByRole("tab", { name: "My profile" })).toHaveAttribute("aria-selected", "true");
    await expect(page.getByRole("tabpanel").getByText("User Information")).toBeVisible();
    await expect(profile(page)).toContainText(e2eEnv.superuser.email);
    await expectNoSeriousA11yViolations(page, "/settings My profile");
    await page.getByRole("tab", { name: "Password" }).click();
    await expect(page.getByText("Change Password")).toBeVisible();
    await expectNoSeriousA11yViolations(page, "/settings Password");
    await page.getByRole("tab", { name: "Danger zone" }).click();
    await expect(page.getByText("Permanently delete your account and all associated data.")).toBeVisible();
    await expectNoSeriousA11yViolations(page, "/settings Danger zone");
    await expect(page.getByRole("tabpanel").getByText("User Information")).toHaveCount(0);
  });
});

test.describe("as a regular user", () => {
  test.use({ storageState: ANONYMOUS });

  test("the profile edit saves a new full name", async ({ page, request }) => {
    const user = await createUser(request, { fullName: "Before Name" });
    await openAs(page, user, "/settings");
    for (const tab of ["My profile", "Password", "Danger zone"]) {
      await expect(page.getByRole("tab", { name: tab })).toBeVisible();
    }
    await expect(profile(page).getByText("Before Name", { exact: true })).toBeVisible();
    await page.getByRole("button", { name: "Edit" }).click();
    await expect(page.getByRole("button", { name: "Save" })).toBeDisabled();
    await expectNoSeriousA11yViolations(page, "/settings profile edit mode");
    await page.getByLabel("Full name").fill("After Name");
    await expect(page.getByRole("button", { name: "Save" })).toBeEnabled();
    const patch = page.waitForRequest((req) => req.method() === "PATCH" && req.url().endsWith("/api/v1/users/me"));
    await page.getByRole("button", { name: "Save" }).click();
    expect((await patch).postDataJSON(), "only the changed field is sent").toEqual({ full_name: "After Name" });
    await expect(page.getByText("User updated successfully")).toBeVisible();
    await expect(profile(page).getByText("After Name", { exact: true })).toBeVisible();
    await expect(page.getByTestId("user-menu")).toContainText("After Name");
  });

  test("the profile edit saves a new e-mail, which then logs in", async ({ page, request }) => {
    const user = await createUser(request);
    const newEmail = randomEmail("moved");
    await openAs(page, user, "/settings");
    await page.getByRole("button", { name: "Edit" }).click();
    await page.getByLabel("Email").fill(newEmail);
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText("User updated successfully")).toBeVisible();
    await expect(profile(page).getByText(newEmail, { exact: true })).toBeVisible();
    expect(await loginStatus(request, newEmail, user.password)).toBe(200);
  });

  test("cancel leaves edit mode and restores the stored values", async ({ page, request }) => {
    const user = await createUser(request, { fullName: "Original Name" });
    await openAs(page, user, "/settings");
    await page.getByRole("button", { name: "Edit" }).click();
    await page.getByLabel("Full name").fill("Unsaved Name");
    await page.getByLabel("Email").fill(randomEmail("unsaved"));
    await page.getByRole("button", { name: "Cancel" }).click();
    await expect(page.getByRole("button", { name: "Edit" })).toBeVisible();
    await expect(profile(page).getByText("Original Name", { exact: true })).toBeVisible();
    await expect(profile(page).getByText(user.email, { exact: true })).toBeVisible();
    await expect(page.getByText("Unsaved Name")).toHaveCount(0);
  });

  test("an invalid e-mail is rejected in the profile form", async ({ page, request }) => {
    const user = await createUser(request);
    await openAs(page, user, "/settings");
    await page.getByRole("button", { name: "Edit" }).click();
    await page.getByLabel("Email").fill("not-an-email");
    await page.getByLabel("Email").blur();
    await expect(page.getByText("Invalid email address")).toBeVisible();
  });

  test("taking another user's e-mail shows the server's error toast", async ({ page, request, consoleGuard }) => {
    consoleGuard.allow(/status of 409 .* at \S+\/api\/v1\/users\/me$/);
    const other = await createUser(request);
    const user = await createUser(request);
    await openAs(page, user, "/settings");
    await page.getByRole("button", { name: "Edit" }).click();
    await page.getByLabel("Email").fill(other.email);
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText("User with this email already exists")).toBeVisible();
  });
});
