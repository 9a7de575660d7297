import { TOTP } from "otpauth";
import { expectNoSeriousA11yViolations } from "./support/a11y.js";
import { createUser } from "./support/api.js";
import { ANONYMOUS } from "./support/env.js";
import { logInWithForm, logOut } from "./support/session.js";
import { expect, test } from "./support/test.js";

test.use({ storageState: ANONYMOUS });

/** The code an authenticator app holding `secret` shows, `stepsAhead` steps of 30 s from now. */
const codeFor = (secret: string, stepsAhead = 0) =>
  new TOTP({ secret }).generate({ timestamp: Date.now() + stepsAhead * 30_000 });

/** The password step of an account with two-factor authentication answers 401 "Second factor required". */
const SECOND_FACTOR_REQUIRED = /status of 401 .* at \S+\/api\/v1\/login\/session$/;

test("two-factor set-up from the Security tab, then a log-in with a code and one with a recovery code", async ({
  page,
  request,
  consoleGuard,
}) => {
  consoleGuard.allow(SECOND_FACTOR_REQUIRED);
  const user = await createUser(request);
  await logInWithForm(page, user.email, user.password);
  await page.goto("/settings");
  await page.getByTestId("security-tab").click();
  await expect(page.getByRole("heading", { name: "Two-factor authentication" })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "the Security tab");

  await page.getByRole("button", { name: "Set up two-factor authentication" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByTestId("confirm-password-input").fill(user.password);
  await dialog.getByRole("button", { name: "Continue" }).click();
  await expect(page.getByRole("img", { name: "QR code for your authenticator app" })).toBeVisible();
  const secret = (await page.getByTestId("totp-secret").textContent())?.trim() ?? "";
  expect(secret).toMatch(/^[A-Z2-7]+=*$/);
  await expectNoSeriousA11yViolations(page, "the pending set-up");

  await page.getByTestId("totp-input").fill(codeFor(secret));
  await page.getByRole("button", { name: "Turn on" }).click();
  const codes = page.getByTestId("recovery-code");
  await expect(codes).toHaveCount(10);
  const recoveryCode = (await codes.first().textContent())?.trim() ?? "";
  await expect(page.getByRole("button", { name: "Copy" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Download" })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "the recovery codes");
  await page.getByRole("button", { name: "I have saved my codes" }).click();
  await expect(codes).toHaveCount(0);

  await logOut(page);
  await page.getByTestId("email-input").fill(user.email);
  await page.getByTestId("password-input").fill(user.password);
  await page.getByRole("button", { name: "Log In" }).click();
  await expect(page.getByTestId("totp-input")).toBeVisible();
  await expectNoSeriousA11yViolations(page, "the second step");
  await page.getByTestId("totp-input").fill(codeFor(secret, 1));
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByText("Welcome back, nice to see you again!")).toBeVisible();

  await logOut(page);
  await page.getByTestId("email-input").fill(user.email);
  await page.getByTestId("password-input").fill(user.password);
  await page.getByRole("button", { name: "Log In" }).click();
  await page.getByRole("button", { name: "Use a recovery code" }).click();
  await page.getByTestId("recovery-code-input").fill(recoveryCode);
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByText("Welcome back, nice to see you again!")).toBeVisible();
});

test("a wrong code at the second step is refused and the user stays there", async ({ page, request, consoleGuard }) => {
  consoleGuard.allow(SECOND_FACTOR_REQUIRED);
  consoleGuard.allow(/status of 400 .* at \S+\/api\/v1\/login\/mfa$/);
  const user = await createUser(request);
  await logInWithForm(page, user.email, user.password);
  await page.goto("/settings");
  await page.getByTestId("security-tab").click();
  await page.getByRole("button", { name: "Set up two-factor authentication" }).click();
  await page.getByRole("dialog").getByTestId("confirm-password-input").fill(user.password);
  await page.getByRole("dialog").getByRole("button", { name: "Continue" }).click();
  const secret = (await page.getByTestId("totp-secret").textContent())?.trim() ?? "";
  await page.getByTestId("totp-input").fill(codeFor(secret));
  await page.getByRole("button", { name: "Turn on" }).click();
  await expect(page.getByTestId("recovery-code")).toHaveCount(10);

  await logOut(page);
  await page.getByTestId("email-input").fill(user.email);
  await page.getByTestId("password-input").fill(user.password);
  await page.getByRole("button", { name: "Log In" }).click();
  await page.getByTestId("totp-input").fill("000000");
  await page.getByRole("button", { name: "Verify" }).click();
  await expect(page.getByText("Invalid code")).toBeVisible();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByTestId("totp-input")).toBeVisible();
});
