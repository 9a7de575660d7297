import { expectNoSeriousA11yViolations } from "./support/a11y.js";
import { createUser, loginStatus } from "./support/api.js";
import { ANONYMOUS, e2eEnv } from "./support/env.js";
import { resetPathFrom, waitForMailTo } from "./support/mail.js";
import { randomEmail, randomPassword } from "./support/random.js";
import { logInWithForm } from "./support/session.js";
import { expect, test } from "./support/test.js";

test.use({ storageState: ANONYMOUS });

test("the recovery page shows its form and validates the e-mail", async ({ page }) => {
  await page.goto("/recover-password");
  await expect(page).toHaveTitle(`Recover Password - ${e2eEnv.projectName}`);
  await expect(page.getByRole("heading", { name: "Password Recovery" })).toBeVisible();
  const email = page.getByLabel("Email");
  await expect(email).toHaveAttribute("placeholder", "user@example.com");
  await expect(email).toHaveAttribute("data-testid", "email-input");
  await expect(page.getByText("Remember your password?")).toBeVisible();
  await expect(page.getByRole("link", { name: "Log in" })).toHaveAttribute("href", /\/login$/);
  await expectNoSeriousA11yViolations(page, "/recover-password");
  await email.fill("not-an-email");
  await email.blur();
  await expect(page.getByText("Invalid email address")).toBeVisible();
});

test("an unknown e-mail gets the same success toast (no account enumeration)", async ({ page }) => {
  await page.goto("/recover-password");
  await page.getByTestId("email-input").fill(randomEmail("unknown"));
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("Password recovery email sent successfully")).toBeVisible();
});

test("a user recovers the password through the e-mailed link and logs in with the new one", async ({
  page,
  request,
  consoleGuard,
}) => {
  consoleGuard.allow(/status of 400 .* at \S+\/api\/v1\/reset-password$/);
  const user = await createUser(request);
  const newPassword = randomPassword();

  await page.goto("/recover-password");
  await page.getByTestId("email-input").fill(user.email);
  await page.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByText("Success!")).toBeVisible();
  await expect(page.getByText("Password recovery email sent successfully")).toBeVisible();
  await expect(page.getByTestId("email-input")).toHaveValue("");

  const mail = await waitForMailTo(request, user.email);
  expect(mail.subject).toBe(`${e2eEnv.projectName} - Password recovery for user ${user.email}`);
  const resetPath = resetPathFrom(mail);

  await page.goto(resetPath);
  await expect(page).toHaveTitle(`Reset Password - ${e2eEnv.projectName}`);
  // The token is dropped from the address bar and the history once read.
  await expect(page).toHaveURL(/\/reset-password$/);
  await expect(page.getByRole("heading", { name: "Reset Password" })).toBeVisible();
  await expect(page.getByTestId("new-password-input")).toHaveAttribute("placeholder", "New Password");
  await expect(page.getByTestId("confirm-password-input")).toHaveAttribute("placeholder", "Confirm Password");
  await expect(page.getByLabel("New Password", { exact: true })).toBeVisible();
  await expect(page.getByLabel("Confirm Password", { exact: true })).toBeVisible();
  await expect(page.getByText("Remember your password?")).toBeVisible();
  await expect(page.getByRole("link", { name: "Log in" })).toHaveAttribute("href", /\/login$/);
  await expectNoSeriousA11yViolations(page, "/reset-password");
  await page.getByTestId("new-password-input").fill(newPassword);
  await page.getByTestId("confirm-password-input").fill(newPassword);
  await page.getByRole("button", { name: "Reset Password" }).click();
  await expect(page.getByText("Password updated successfully")).toBeVisible();
  await expect(page).toHaveURL(/\/login$/);

  expect(await loginStatus(request, user.email, user.password)).toBe(400);
  await logInWithForm(page, user.email, newPassword);

  // The link is single-use: presenting it again is refused.
  await page.context().clearCookies();
  await page.goto(resetPath);
  const thirdPassword = randomPassword();
  await page.getByTestId("new-password-input").fill(thirdPassword);
  await page.getByTestId("confirm-password-input").fill(thirdPassword);
  await page.getByRole("button", { name: "Reset Password" }).click();
  await expect(page.getByText("Invalid token")).toBeVisible();
});

test("a forged token is refused with an error toast", async ({ page, consoleGuard }) => {
  consoleGuard.allow(/status of 400 .* at \S+\/api\/v1\/reset-password$/);
  await page.goto("/reset-password?token=forged-token");
  const password = randomPassword();
  await page.getByTestId("new-password-input").fill(password);
  await page.getByTestId("confirm-password-input").fill(password);
  await page.getByRole("button", { name: "Reset Password" }).click();
  await expect(page.getByText("Something went wrong!")).toBeVisible();
  await expect(page.getByText("Invalid token")).toBeVisible();
  await expect(page).toHaveURL(/\/reset-password$/);
});

test("reset-password without a token, or with an empty one, redirects to /login", async ({ page }) => {
  await page.goto("/reset-password");
  await expect(page).toHaveURL(/\/login$/);
  await page.goto("/reset-password?token=");
  await expect(page).toHaveURL(/\/login$/);
});

test.describe("reset-password validation", () => {
  test.beforeEach(async ({ page }) => {
    await page.goto("/reset-password?token=any-token");
  });

  test("an empty new password is required", async ({ page }) => {
    await page.getByTestId("new-password-input").focus();
    await page.getByTestId("new-password-input").blur();
    await expect(page.getByText("Password is required")).toBeVisible();
  });

  test("a short new password is rejected", async ({ page }) => {
    await page.getByTestId("new-password-input").fill("short");
    await page.getByTestId("new-password-input").blur();
    await expect(page.getByText("Password must be at least 8 characters")).toBeVisible();
  });

  test("an empty confirmation is required", async ({ page }) => {
    await page.getByTestId("confirm-password-input").focus();
    await page.getByTestId("confirm-password-input").blur();
    await expect(page.getByText("Password confirmation is required")).toBeVisible();
  });

  test("a different confirmation is rejected", async ({ page }) => {
    await page.getByTestId("new-password-input").fill("first-password");
    await page.getByTestId("confirm-password-input").fill("other-password");
    await page.getByTestId("confirm-password-input").blur();
    await expect(page.getByText("The passwords don't match")).toBeVisible();
  });
});
