import type { Locator, Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y.js";
import { createUser, loginStatus } from "./support/api.js";
import { randomEmail, randomPassword } from "./support/random.js";
import { rowWith } from "./support/table.js";
import { expect, test } from "./support/test.js";

async function fillNewUser(dialog: Locator, user: { email: string; fullName?: string; password: string }) {
  await dialog.getByPlaceholder("Email").fill(user.email);
  if (user.fullName) await dialog.getByPlaceholder("Full name").fill(user.fullName);
  await dialog.getByLabel("Set Password").fill(user.password);
  await dialog.getByLabel("Confirm Password").fill(user.password);
}

async function openAddUser(page: Page): Promise<Locator> {
  await page.goto("/admin");
  await page.getByRole("button", { name: "Add User" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByRole("heading", { name: "Add User" })).toBeVisible();
  return dialog;
}

test("the add-user dialog shows its fields with both checkboxes unchecked", async ({ page }) => {
  const dialog = await openAddUser(page);
  await expect(dialog.getByText("Fill in the form below to add a new user to the system.")).toBeVisible();
  await expect(dialog.getByLabel("Email")).toHaveAttribute("placeholder", "Email");
  await expect(dialog.locator("label", { hasText: "Email" })).toHaveText(/^Email\s*\*$/);
  await expect(dialog.locator("label", { hasText: "Set Password" })).toHaveText(/^Set Password\s*\*$/);
  await expect(dialog.locator("label", { hasText: "Confirm Password" })).toHaveText(/^Confirm Password\s*\*$/);
  await expect(dialog.getByLabel("Full Name")).toHaveAttribute("placeholder", "Full name");
  await expect(dialog.getByLabel("Set Password")).toHaveAttribute("placeholder", "Password");
  await expect(dialog.getByLabel("Confirm Password")).toHaveAttribute("placeholder", "Password");
  await expect(dialog.getByRole("checkbox", { name: "Is superuser?" })).not.toBeChecked();
  await expect(dialog.getByRole("checkbox", { name: "Is active?" })).not.toBeChecked();
  await expectNoSeriousA11yViolations(page, "/admin add-user dialog");
});

test("an admin creates an active regular user who can then log in", async ({ page, request }) => {
  const user = { email: randomEmail("created"), fullName: "Created Regular", password: randomPassword() };
  const dialog = await openAddUser(page);
  await fillNewUser(dialog, user);
  await dialog.getByRole("checkbox", { name: "Is active?" }).check();
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("User created successfully")).toBeVisible();
  await expect(dialog).toBeHidden();
  const row = rowWith(page, user.email);
  await expect(row).toContainText("Created Regular");
  await expect(row).toContainText("User");
  await expect(row).not.toContainText("Superuser");
  await expect(row).toContainText("Active");
  expect(await loginStatus(request, user.email, user.password)).toBe(200);
});

test("an admin creates a superuser", async ({ page }) => {
  const user = { email: randomEmail("super"), password: randomPassword() };
  const dialog = await openAddUser(page);
  await fillNewUser(dialog, user);
  await dialog.getByRole("checkbox", { name: "Is superuser?" }).check();
  await dialog.getByRole("checkbox", { name: "Is active?" }).check();
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("User created successfully")).toBeVisible();
  const row = rowWith(page, user.email);
  await expect(row).toContainText("Superuser");
  await expect(row).toContainText("N/A");
});

test("a user created with the defaults is inactive and cannot log in", async ({ page, request }) => {
  const user = { email: randomEmail("inactive"), password: randomPassword() };
  const dialog = await openAddUser(page);
  await fillNewUser(dialog, user);
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("User created successfully")).toBeVisible();
  await expect(rowWith(page, user.email)).toContainText("Inactive");
  expect(await loginStatus(request, user.email, user.password)).toBe(400);
});

test("creating a user with a registered e-mail shows the server's error toast", async ({
  page,
  request,
  consoleGuard,
}) => {
  consoleGuard.allow(/status of 400 .* at \S+\/api\/v1\/users$/);
  const existing = await createUser(request);
  const dialog = await openAddUser(page);
  await fillNewUser(dialog, { email: existing.email, password: randomPassword() });
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("The user with this email already exists in the system.")).toBeVisible();
});

test("cancelling the add-user dialog creates nobody", async ({ page }) => {
  const email = randomEmail("cancelled");
  const dialog = await openAddUser(page);
  await dialog.getByPlaceholder("Email").fill(email);
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(rowWith(page, email)).toHaveCount(0);
});

test.describe("add-user validation", () => {
  test("an invalid e-mail is rejected", async ({ page }) => {
    const dialog = await openAddUser(page);
    await dialog.getByPlaceholder("Email").fill("invalid-email");
    await dialog.getByPlaceholder("Email").blur();
    await expect(dialog.getByText("Invalid email address")).toBeVisible();
  });

  test("an empty password is required and its confirmation too", async ({ page }) => {
    const dialog = await openAddUser(page);
    await dialog.getByPlaceholder("Email").fill(randomEmail());
    await dialog.getByRole("button", { name: "Save" }).click();
    await expect(dialog.getByText("Password is required")).toBeVisible();
    await expect(dialog.getByText("Please confirm your password")).toBeVisible();
    await expect(dialog).toBeVisible();
  });

  test("a short password is rejected", async ({ page }) => {
    const dialog = await openAddUser(page);
    await dialog.getByLabel("Set Password").fill("short");
    await dialog.getByLabel("Set Password").blur();
    await expect(dialog.getByText("Password must be at least 8 characters")).toBeVisible();
  });

  test("a different confirmation is rejected", async ({ page }) => {
    const dialog = await openAddUser(page);
    await dialog.getByLabel("Set Password").fill(randomPassword());
    await dialog.getByLabel("Confirm Password").fill(randomPassword());
    await dialog.getByLabel("Confirm Password").blur();
    await expect(dialog.getByText("The passwords don't match")).toBeVisible();
  });
});
