import type { Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y.js";
import { ANONYMOUS, e2eEnv } from "./support/env.js";
import { verifyPathFrom, waitForMailTo } from "./support/mail.js";
import { randomEmail, randomPassword } from "./support/random.js";
import { logInWithForm } from "./support/session.js";
import { expect, test } from "./support/test.js";

test.use({ storageState: ANONYMOUS });

async function signUp(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/signup");
  await page.getByTestId("full-name-input").fill("Verifying User");
  await page.getByTestId("email-input").fill(email);
  await page.getByTestId("password-input").fill(password);
  await page.getByTestId("confirm-password-input").fill(password);
  await page.getByRole("button", { name: "Sign Up" }).click();
  await expect(page).toHaveURL(/\/login$/);
}

test("a new user verifies their address with the e-mailed link, and the dashboard banner goes away", async ({
  page,
  request,
  consoleGuard,
}) => {
  test.slow();
  consoleGuard.allow(/status of 400 .* at \S+\/api\/v1\/verify-email$/);
  const email = randomEmail("verify");
  const password = randomPassword();
  await signUp(page, email, password);
  await logInWithForm(page, email, password);
  const banner = page.getByTestId("verification-banner");
  await expect(banner).toContainText("Your email address is not verified yet.");
  await expect(banner.getByRole("button", { name: "Resend verification email" })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "/ with the verification banner");

  const mail = await waitForMailTo(request, email);
  expect(mail.subject).toBe(`${e2eEnv.projectName} - Verify your email`);
  const verifyPath = verifyPathFrom(mail);

  await page.goto(verifyPath);
  await expect(page).toHaveTitle(`Verify Email - ${e2eEnv.projectName}`);
  await expect(page).toHaveURL(/\/verify-email$/);
  await expect(page.getByRole("heading", { name: "Verify Email" })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "/verify-email");
  await page.getByRole("button", { name: "Verify my email address" }).click();
  await expect(page.getByTestId("verify-email-done")).toContainText("Your email address is verified.");
  await expectNoSeriousA11yViolations(page, "/verify-email after verifying");

  await page.getByRole("link", { name: "Go to the dashboard" }).click();
  await expect(page.getByText("Welcome back, nice to see you again!")).toBeVisible();
  await expect(page.getByTestId("verification-banner")).toHaveCount(0);
  await page.reload();
  await expect(page.getByText("Welcome back, nice to see you again!")).toBeVisible();
  await expect(page.getByTestId("verification-banner")).toHaveCount(0);

  await page.goto(verifyPath);
  await page.getByRole("button", { name: "Verify my email address" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "This link is invalid" })).toBeVisible();
});

test("Settings › Security shows the unverified address and sends a new link", async ({ page, request }) => {
  const email = randomEmail("security");
  const password = randomPassword();
  await signUp(page, email, password);
  await logInWithForm(page, email, password);
  const first = verifyPathFrom(await waitForMailTo(request, email));
  await page.goto("/settings");
  await page.getByTestId("security-tab").click();
  const section = page.getByTestId("email-section");
  await expect(section).toContainText(`${email} is not verified yet.`);
  await expectNoSeriousA11yViolations(page, "/settings security tab");
  await section.getByRole("button", { name: "Resend verification email" }).click();
  await expect(page.getByText("Verification email sent")).toBeVisible();
  await expect.poll(async () => verifyPathFrom(await waitForMailTo(request, email))).not.toBe(first);
});

test("the verify page without a token goes to the login page", async ({ page }) => {
  await page.goto("/verify-email");
  await expect(page).toHaveURL(/\/login$/);
});
