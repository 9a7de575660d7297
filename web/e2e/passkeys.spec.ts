import type { BrowserContext, Page } from "@playwright/test";
import { TOTP } from "otpauth";
import { expectNoSeriousA11yViolations } from "./support/a11y.js";
import { ANONYMOUS } from "./support/env.js";
import { type OwnServer, startOwnServer } from "./support/own-server.js";
import { randomEmail, randomPassword } from "./support/random.js";
import { logInWithForm, logOut } from "./support/session.js";
import { expect, test } from "./support/test.js";
import { toast } from "./support/toast.js";

test.describe.configure({ timeout: 90_000 });

// WebAuthn refuses an IP address as relying party id: this app is published as localhost, with an app of its own.
let server: OwnServer;

test.beforeAll(async () => {
  test.setTimeout(180_000);
  server = await startOwnServer({}, "localhost");
});

test.afterAll(async () => {
  await server?.stop();
});

/** A browser with Chromium's virtual platform authenticator: resident keys, user verification that succeeds. */
async function browserWithAuthenticator(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return page;
}

async function createUser(page: Page) {
  const user = { email: randomEmail(), password: randomPassword() };
  const response = await page.request.post(`${server.baseUrl}/api/v1/private/users/`, {
    data: { email: user.email, password: user.password, full_name: "Passkey Person" },
  });
  expect(response.status(), await response.text()).toBe(200);
  return user;
}

/** A new user, logged in with the password, who has just added a passkey named `name` in Settings › Security. */
async function userWithPasskey(page: Page, name: string) {
  const user = await createUser(page);
  await logInWithForm(page, user.email, user.password);
  await page.goto("/settings");
  await page.getByTestId("security-tab").click();
  await page.getByRole("button", { name: "Add a passkey" }).click();
  await page.getByRole("dialog", { name: "Add a passkey" }).getByLabel("Name").fill(name);
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByTestId("passkey-row")).toHaveCount(1);
  return user;
}

test("adds a passkey in Settings › Security, renames it, then signs in with it after logging out", async ({
  browser,
  consoleGuard,
}) => {
  const context = await browser.newContext({ baseURL: server.baseUrl, storageState: ANONYMOUS });
  consoleGuard.watch(context);
  const page = await browserWithAuthenticator(context);
  const user = await createUser(page);
  await logInWithForm(page, user.email, user.password);

  await page.goto("/settings");
  await page.getByTestId("security-tab").click();
  await expect(page.getByRole("heading", { name: "Passkeys" })).toBeVisible();
  await expect(page.getByText("You have no passkeys yet.")).toBeVisible();
  await expectNoSeriousA11yViolations(page, "Settings › Security");

  await page.getByRole("button", { name: "Add a passkey" }).click();
  const dialog = page.getByRole("dialog", { name: "Add a passkey" });
  await expectNoSeriousA11yViolations(page, "Add a passkey dialog");
  await dialog.getByLabel("Name").fill("Work laptop");
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(toast(page, "Passkey added")).toBeVisible();
  const row = page.getByTestId("passkey-row");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("Work laptop");
  await expect(row).toContainText("Last used never");

  await row.getByRole("button", { name: "Rename passkey Work laptop" }).click();
  const rename = page.getByRole("dialog", { name: "Rename passkey" });
  await rename.getByLabel("Name").fill("Phone");
  await rename.getByRole("button", { name: "Save" }).click();
  await expect(toast(page, "Passkey renamed")).toBeVisible();
  await expect(row).toContainText("Phone");

  await logOut(page);
  await expectNoSeriousA11yViolations(page, "login page");
  await page.getByRole("button", { name: "Sign in with a passkey" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByText("Welcome back, nice to see you again!")).toBeVisible();

  await page.goto("/settings");
  await page.getByTestId("security-tab").click();
  await expect(page.getByTestId("passkey-row")).not.toContainText("Last used never");
  await context.close();
});

test("removes a passkey after confirming", async ({ browser, consoleGuard }) => {
  const context = await browser.newContext({ baseURL: server.baseUrl, storageState: ANONYMOUS });
  consoleGuard.watch(context);
  const page = await browserWithAuthenticator(context);
  await userWithPasskey(page, "Spare key");

  await page.getByRole("button", { name: "Remove passkey Spare key" }).click();
  const confirm = page.getByRole("dialog", { name: "Remove passkey" });
  await expect(confirm).toContainText("Spare key");
  await confirm.getByRole("button", { name: "Remove" }).click();
  await expect(toast(page, "Passkey removed")).toBeVisible();
  await expect(page.getByTestId("passkey-row")).toHaveCount(0);
  await context.close();
});

test("a passkey completes the second step of an account with two-factor authentication", async ({
  browser,
  consoleGuard,
}) => {
  // The password step of an account with two-factor authentication answers 401 "Second factor required".
  consoleGuard.allow(/status of 401 .* at \S+\/api\/v1\/login\/session$/);
  const context = await browser.newContext({ baseURL: server.baseUrl, storageState: ANONYMOUS });
  consoleGuard.watch(context);
  const page = await browserWithAuthenticator(context);
  const user = await userWithPasskey(page, "Second factor");

  const sameOrigin = { origin: server.baseUrl };
  const setUp = await page.request.post("/api/v1/users/me/totp", {
    data: { password: user.password },
    headers: sameOrigin,
  });
  expect(setUp.status(), await setUp.text()).toBe(200);
  const { secret } = (await setUp.json()) as { secret: string };
  const confirmed = await page.request.post("/api/v1/users/me/totp/confirm", {
    data: { code: new TOTP({ secret }).generate() },
    headers: sameOrigin,
  });
  expect(confirmed.status(), await confirmed.text()).toBe(200);

  await logOut(page);
  await page.getByTestId("email-input").fill(user.email);
  await page.getByTestId("password-input").fill(user.password);
  await page.getByRole("button", { name: "Log In" }).click();
  await expect(page.getByTestId("totp-input")).toBeVisible();
  await expectNoSeriousA11yViolations(page, "the second step with a passkey");
  await page.getByRole("button", { name: "Use a passkey" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByText("Welcome back, nice to see you again!")).toBeVisible();
  await context.close();
});
