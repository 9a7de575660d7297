import { createUser } from "./support/api.js";
import { ANONYMOUS, e2eEnv } from "./support/env.js";

const ANONYMOUS_CONTEXT = { storageState: ANONYMOUS, baseURL: e2eEnv.baseUrl };

import { logInWithForm } from "./support/session.js";
import { expect, test } from "./support/test.js";

test.describe("a browser that prefers German", () => {
  test.use({ storageState: ANONYMOUS, locale: "de-AT" });

  test("gets the public pages in German, with the html element saying so", async ({ page }) => {
    await page.goto("/login");
    await expect(page.getByRole("heading", { name: "Bei Ihrem Konto anmelden" })).toBeVisible();
    await expect(page.getByLabel("E-Mail")).toBeVisible();
    await expect(page.getByRole("button", { name: "Anmelden" })).toBeVisible();
    await expect(page.locator("html")).toHaveAttribute("lang", "de");
    await expect(page).toHaveTitle(/^Anmelden - /);
    await page.getByRole("button", { name: "Anmelden" }).click();
    await expect(page.getByText("Ungültige E-Mail-Adresse")).toBeVisible();
  });
});

test.describe("the language chosen in Settings", () => {
  test.use({ storageState: ANONYMOUS, locale: "en-US" });

  test("switches the app at once, stays after a reload and on another device, and English comes back the same way", async ({
    page,
    request,
    browser,
    consoleGuard,
  }) => {
    const user = await createUser(request);
    await logInWithForm(page, user.email, user.password);
    await page.goto("/settings");
    await page.getByTestId("language-select").selectOption("de");
    await expect(page.getByRole("heading", { name: "Einstellungen" })).toBeVisible();
    await expect(page.getByRole("tab", { name: "Mein Profil" })).toBeVisible();
    await page.reload();
    await expect(page.getByRole("heading", { name: "Einstellungen" })).toBeVisible();
    // The account keeps the choice: another browser, set to English, speaks German once this user logs in.
    const elsewhere = await browser.newContext({ ...ANONYMOUS_CONTEXT, locale: "en-US" });
    consoleGuard.watch(elsewhere);
    const other = await elsewhere.newPage();
    await other.goto("/login");
    await other.getByTestId("email-input").fill(user.email);
    await other.getByTestId("password-input").fill(user.password);
    await other.getByRole("button", { name: "Log In" }).click();
    await expect(other.getByText("Willkommen zurück", { exact: false })).toBeVisible();
    await elsewhere.close();
    await page.getByRole("link", { name: "Einträge" }).click();
    await expect(page.getByRole("heading", { name: "Einträge", exact: true })).toBeVisible();
    await page.goto("/settings");
    await page.getByTestId("language-select").selectOption("en");
    await expect(page.getByRole("heading", { name: "User Settings" })).toBeVisible();
  });
});
