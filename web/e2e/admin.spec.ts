import { expectNoSeriousA11yViolations } from "./support/a11y.js";
import { createUser, loginStatus } from "./support/api.js";
import { ANONYMOUS, e2eEnv } from "./support/env.js";
import { randomPassword } from "./support/random.js";
import { openAs } from "./support/session.js";
import { rowWith } from "./support/table.js";
import { expect, test } from "./support/test.js";

test("the admin page lists users with roles and status", async ({ page }) => {
  await page.goto("/admin");
  await expect(page).toHaveTitle(`Admin - ${e2eEnv.projectName}`);
  await expect(page.getByRole("heading", { name: "Users" })).toBeVisible();
  await expect(page.getByText("Manage user accounts and permissions")).toBeVisible();
  await expect(page.getByRole("button", { name: "Add User" })).toBeVisible();
  for (const column of ["Full Name", "Email", "Role", "Status"]) {
    await expect(page.getByRole("columnheader", { name: column })).toBeVisible();
  }
  await expectNoSeriousA11yViolations(page, "/admin");
});

test("the current user's row has the You badge and no actions; other rows have one button", async ({
  page,
  request,
}) => {
  await createUser(request);
  await page.goto("/admin");
  const otherRows = page.locator("tbody").getByRole("row").filter({ hasNotText: e2eEnv.superuser.email });
  await expect(otherRows.first()).toBeVisible();
  const count = await otherRows.count();
  for (let i = 0; i < count; i++) await expect(otherRows.nth(i).getByRole("button")).toHaveCount(1);

  const lastPage = page.getByRole("button", { name: "Go to last page" });
  if (await lastPage.isVisible()) await lastPage.click();
  const ownRow = rowWith(page, e2eEnv.superuser.email);
  await expect(ownRow).toContainText("You");
  await expect(ownRow).toContainText("Superuser");
  await expect(ownRow).toContainText("Active");
  await expect(ownRow.getByRole("button")).toHaveCount(0);
});

test("an admin edits a user's name and role", async ({ page, request }) => {
  const user = await createUser(request, { fullName: "Editable Person" });
  await page.goto("/admin");
  await rowWith(page, user.email).getByRole("button").click();
  await page.getByRole("menuitem", { name: "Edit User" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByRole("heading", { name: "Edit User" })).toBeVisible();
  await expect(dialog.getByText("Update the user details below.")).toBeVisible();
  await expect(dialog.getByPlaceholder("Email")).toHaveValue(user.email);
  await expect(dialog.getByPlaceholder("Full name")).toHaveValue("Editable Person");
  await expect(dialog.getByRole("checkbox", { name: "Is active?" })).toBeChecked();
  await expect(dialog.locator("label", { hasText: "Set Password" })).toHaveText("Set Password");
  await expect(dialog.locator("label", { hasText: "Confirm Password" })).toHaveText("Confirm Password");
  await expectNoSeriousA11yViolations(page, "/admin edit-user dialog");
  await dialog.getByPlaceholder("Full name").fill("Edited Person");
  await dialog.getByRole("checkbox", { name: "Is superuser?" }).check();
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("User updated successfully")).toBeVisible();
  const row = rowWith(page, user.email);
  await expect(row).toContainText("Edited Person");
  await expect(row).toContainText("Superuser");
  expect(await loginStatus(request, user.email, user.password)).toBe(200);
});

test("an admin sets a new password for a user in the edit dialog", async ({ page, request }) => {
  const user = await createUser(request);
  const newPassword = randomPassword();
  await page.goto("/admin");
  await rowWith(page, user.email).getByRole("button").click();
  await page.getByRole("menuitem", { name: "Edit User" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByLabel("Set Password").fill(newPassword);
  await dialog.getByLabel("Confirm Password").fill(newPassword);
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("User updated successfully")).toBeVisible();
  expect(await loginStatus(request, user.email, newPassword)).toBe(200);
});

test("an admin deletes a user after confirmation", async ({ page, request }) => {
  const user = await createUser(request);
  await page.goto("/admin");
  await rowWith(page, user.email).getByRole("button").click();
  await page.getByRole("menuitem", { name: "Delete User" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByRole("heading", { name: "Delete User" })).toBeVisible();
  await expect(dialog).toContainText("permanently deleted");
  await expect(dialog).toContainText(/items/i);
  await expectNoSeriousA11yViolations(page, "/admin delete-user dialog");
  await dialog.getByRole("button", { name: "Delete" }).click();
  await expect(page.getByText("The user was deleted successfully")).toBeVisible();
  await expect(rowWith(page, user.email)).toHaveCount(0);
  expect(await loginStatus(request, user.email, user.password)).toBe(400);
});

test.describe("as a regular user", () => {
  test.use({ storageState: ANONYMOUS });

  test("/admin redirects to the dashboard and the sidebar has no Admin link", async ({ page, request }) => {
    const user = await createUser(request);
    await openAs(page, user, "/admin");
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByText("Welcome back, nice to see you again!")).toBeVisible();
    await expect(page.getByRole("link", { name: "Items" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Admin" })).toHaveCount(0);
  });
});
