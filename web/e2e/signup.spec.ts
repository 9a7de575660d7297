import type { Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y.js";
import { createUser } from "./support/api.js";
import { ANONYMOUS, e2eEnv } from "./support/env.js";
import { randomEmail, randomPassword } from "./support/random.js";
import { logInWithForm } from "./support/session.js";
import { expect, test } from "./support/test.js";

test.use({ storageState: ANONYMOUS });

async function fillSignUp(page: Page, fields: { fullName: string; email: string; password: string; confirm: string }) {
  await page.getByTestId("full-name-input").fill(fields.fullName);
  await page.getByTestId("email-input").fill(fields.email);
  await page.getByTestId("password-input").fill(fields.password);
  await page.getByTestId("confirm-password-input").fill(fields.confirm);
}

test("the sign-up page shows its fields, labels and placeholders", async ({ page }) => {
  await page.goto("/signup");
  await expect(page).toHaveTitle(`Sign Up - ${e2eEnv.projectName}`);
  await expect(page.getByRole("heading", { name: "Create an account" })).toBeVisible();
  const fields: [string, string, string][] = [
    ["Full Name", "User", "full-name-input"],
    ["Email", "user@example.com", "email-input"],
    ["Password", "Password", "password-input"],
    ["Confirm Password", "Confirm Password", "confirm-password-input"],
  ];
  for (const [label, placeholder, testId] of fields) {
    const input = page.getByLabel(label, { exact: true });
    await expect(input, label).toHaveAttribute("placeholder", placeholder);
    await expect(input, label).toHaveAttribute("data-testid", testId);
  }
  await expect(page.getByRole("button", { name: "Sign Up" })).toBeVisible();
  await expect(page.getByText("Already have an account?")).toBeVisible();
  await expect(page.getByRole("link", { name: "Log in" })).toHaveAttribute("href", /\/login$/);
  await expectNoSeriousA11yViolations(page, "/signup");
});

test("a new visitor signs up, is sent to /login and can log in", async ({ page }) => {
  const email = randomEmail("signup");
  const password = randomPassword();
  await page.goto("/signup");
  await fillSignUp(page, { fullName: "New Signup", email, password, confirm: password });
  await page.getByRole("button", { name: "Sign Up" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByText("Success!")).toHaveCount(0);
  await logInWithForm(page, email, password);
  await expect(page.getByText("Hi, New Signup 👋")).toBeVisible();
});

test("signing up with a registered e-mail shows the server's error toast", async ({ page, request, consoleGuard }) => {
  consoleGuard.allow(/status of 400 .* at \S+\/api\/v1\/users\/signup$/);
  const existing = await createUser(request);
  const password = randomPassword();
  await page.goto("/signup");
  await fillSignUp(page, { fullName: "Duplicate", email: existing.email, password, confirm: password });
  await page.getByRole("button", { name: "Sign Up" }).click();
  await expect(page.getByText("Something went wrong!")).toBeVisible();
  await expect(page.getByText("The user with this email already exists in the system")).toBeVisible();
  await expect(page).toHaveURL(/\/signup$/);
});

test.describe("sign-up validation", () => {
  test.beforeEach(async ({ page }) => {
    await page.goto("/signup");
  });

  test("an empty full name is required", async ({ page }) => {
    await page.getByTestId("full-name-input").focus();
    await page.getByTestId("full-name-input").blur();
    await expect(page.getByText("Full Name is required")).toBeVisible();
  });

  test("an invalid e-mail is rejected", async ({ page }) => {
    await page.getByTestId("email-input").fill("invalid-email");
    await page.getByTestId("email-input").blur();
    await expect(page.getByText("Invalid email address")).toBeVisible();
  });

  test("an empty password is required", async ({ page }) => {
    await page.getByTestId("password-input").focus();
    await page.getByTestId("password-input").blur();
    await expect(page.getByText("Password is required")).toBeVisible();
  });

  test("a short password is rejected", async ({ page }) => {
    await page.getByTestId("password-input").fill("short");
    await page.getByTestId("password-input").blur();
    await expect(page.getByText("Password must be at least 8 characters")).toBeVisible();
  });

  test("an empty confirmation is required", async ({ page }) => {
    await page.getByTestId("confirm-password-input").focus();
    await page.getByTestId("confirm-password-input").blur();
    await expect(page.getByText("Password confirmation is required")).toBeVisible();
  });

  test("a different confirmation is reported on the confirmation field", async ({ page }) => {
    await page.getByTestId("password-input").fill("first-password");
    await page.getByTestId("confirm-password-input").fill("other-password");
    await page.getByTestId("confirm-password-input").blur();
    await expect(page.getByText("The passwords don't match")).toBeVisible();
  });

  test("submitting the empty form shows every required message and stays", async ({ page }) => {
    await page.getByRole("button", { name: "Sign Up" }).click();
    await expect(page.getByText("Full Name is required")).toBeVisible();
    await expect(page.getByText("Invalid email address")).toBeVisible();
    await expect(page.getByText("Password is required")).toBeVisible();
    await expect(page.getByText("Password confirmation is required")).toBeVisible();
    await expect(page).toHaveURL(/\/signup$/);
  });
});
