import { expect, type Page, test } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y.js";
import { createUser, loginStatus } from "./support/api.js";
import { ANONYMOUS, e2eEnv } from "./support/env.js";
import { randomEmail, randomPassword } from "./support/random.js";
import { logInWithForm, logOut, openAs } from "./support/session.js";

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

  test("the first superuser cannot delete their own account", async ({ page }) => {
    await page.goto("/settings");
    await page.getByRole("tab", { name: "Danger zone" }).click();
    await page.getByRole("button", { name: "Delete Account" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Delete" }).click();
    await expect(page.getByText("Super users are not allowed to delete themselves")).toBeVisible();
    await page.goto("/settings");
    await expect(page.getByRole("heading", { name: "User Settings" })).toBeVisible();
  });
});

test.describe("as a regular user", () => {
  test.use({ storageState: ANONYMOUS });

  test("the profile edit saves a new full name", async ({ page, request }) => {
    const user = await createUser(request, { fullName: "Before Name" });
    await openAs(page, request, user, "/settings");
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
    await openAs(page, request, user, "/settings");
    await page.getByRole("button", { name: "Edit" }).click();
    await page.getByLabel("Email").fill(newEmail);
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText("User updated successfully")).toBeVisible();
    await expect(profile(page).getByText(newEmail, { exact: true })).toBeVisible();
    expect(await loginStatus(request, newEmail, user.password)).toBe(200);
  });

  test("cancel leaves edit mode and restores the stored values", async ({ page, request }) => {
    const user = await createUser(request, { fullName: "Original Name" });
    await openAs(page, request, user, "/settings");
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
    await openAs(page, request, user, "/settings");
    await page.getByRole("button", { name: "Edit" }).click();
    await page.getByLabel("Email").fill("not-an-email");
    await page.getByLabel("Email").blur();
    await expect(page.getByText("Invalid email address")).toBeVisible();
  });

  test("taking another user's e-mail shows the server's error toast", async ({ page, request }) => {
    const other = await createUser(request);
    const user = await createUser(request);
    await openAs(page, request, user, "/settings");
    await page.getByRole("button", { name: "Edit" }).click();
    await page.getByLabel("Email").fill(other.email);
    await page.getByRole("button", { name: "Save" }).click();
    await expect(page.getByText("User with this email already exists")).toBeVisible();
  });

  test("the password is changed and the new one logs in after logout", async ({ page, request }) => {
    const user = await createUser(request);
    const newPassword = randomPassword();
    await openAs(page, request, user, "/settings");
    await page.getByRole("tab", { name: "Password" }).click();
    for (const testId of ["current-password-input", "new-password-input", "confirm-password-input"]) {
      await expect(page.getByTestId(testId)).toHaveAttribute("placeholder", "••••••••");
    }
    await expect(page.getByLabel("Current Password", { exact: true })).toBeVisible();
    await page.getByTestId("current-password-input").fill(user.password);
    await page.getByTestId("new-password-input").fill(newPassword);
    await page.getByTestId("confirm-password-input").fill(newPassword);
    await page.getByRole("button", { name: "Update Password" }).click();
    await expect(page.getByText("Password updated successfully")).toBeVisible();
    await logOut(page);
    await logInWithForm(page, user.email, newPassword);
    expect(await loginStatus(request, user.email, user.password)).toBe(400);
  });

  test("reusing the current password shows the server's error toast", async ({ page, request }) => {
    const user = await createUser(request);
    await openAs(page, request, user, "/settings");
    await page.getByRole("tab", { name: "Password" }).click();
    await page.getByTestId("current-password-input").fill(user.password);
    await page.getByTestId("new-password-input").fill(user.password);
    await page.getByTestId("confirm-password-input").fill(user.password);
    await page.getByRole("button", { name: "Update Password" }).click();
    await expect(page.getByText("Something went wrong!")).toBeVisible();
    await expect(page.getByText("New password cannot be the same as the current one")).toBeVisible();
  });

  test("a wrong current password shows the server's error toast", async ({ page, request }) => {
    const user = await createUser(request);
    const newPassword = randomPassword();
    await openAs(page, request, user, "/settings");
    await page.getByRole("tab", { name: "Password" }).click();
    await page.getByTestId("current-password-input").fill("wrong-current-password");
    await page.getByTestId("new-password-input").fill(newPassword);
    await page.getByTestId("confirm-password-input").fill(newPassword);
    await page.getByRole("button", { name: "Update Password" }).click();
    await expect(page.getByText("Incorrect password")).toBeVisible();
    expect(await loginStatus(request, user.email, user.password)).toBe(200);
  });

  test("the change-password form validates on submit", async ({ page, request }) => {
    const user = await createUser(request);
    await openAs(page, request, user, "/settings");
    await page.getByRole("tab", { name: "Password" }).click();
    await page.getByRole("button", { name: "Update Password" }).click();
    await expect(page.getByText("Password is required").first()).toBeVisible();
    await expect(page.getByText("Password confirmation is required")).toBeVisible();

    await page.getByTestId("current-password-input").fill(user.password);
    await page.getByTestId("new-password-input").fill("short");
    await page.getByTestId("confirm-password-input").fill("short");
    await page.getByRole("button", { name: "Update Password" }).click();
    await expect(page.getByText("Password must be at least 8 characters").first()).toBeVisible();

    await page.getByTestId("new-password-input").fill(randomPassword());
    await page.getByTestId("confirm-password-input").fill(randomPassword());
    await page.getByRole("button", { name: "Update Password" }).click();
    await expect(page.getByText("The passwords don't match")).toBeVisible();
  });

  test("a user deletes the account and can no longer log in", async ({ page, request }) => {
    const user = await createUser(request);
    await openAs(page, request, user, "/settings");
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
    await openAs(page, request, user, "/settings");
    await page.getByRole("tab", { name: "Danger zone" }).click();
    await page.getByRole("button", { name: "Delete Account" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();
    await expect(page.getByRole("dialog")).toBeHidden();
    expect(await loginStatus(request, user.email, user.password)).toBe(200);
  });
});
