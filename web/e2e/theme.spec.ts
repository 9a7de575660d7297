import { createUser } from "./support/api.js";
import { ANONYMOUS } from "./support/env.js";
import { logInWithForm, logOut } from "./support/session.js";
import { expect, test } from "./support/test.js";
import { chooseTheme } from "./support/theme.js";

test.use({ storageState: ANONYMOUS });

const html = (page: import("@playwright/test").Page) => page.locator("html");
const storedTheme = (page: import("@playwright/test").Page) =>
  page.evaluate(() => localStorage.getItem("vite-ui-theme"));

test("the default theme is dark", async ({ page }) => {
  await page.goto("/login");
  await expect(html(page)).toHaveClass(/(^|\s)dark(\s|$)/);
});

test("the auth pages' theme button switches between light and dark", async ({ page }) => {
  await page.goto("/login");
  await chooseTheme(page, "light");
  await expect(html(page)).toHaveClass(/(^|\s)light(\s|$)/);
  await expect(html(page)).not.toHaveClass(/(^|\s)dark(\s|$)/);
  expect(await storedTheme(page)).toBe("light");
  await chooseTheme(page, "dark");
  await expect(html(page)).toHaveClass(/(^|\s)dark(\s|$)/);
  expect(await storedTheme(page)).toBe("dark");
});

test("System follows the operating system's colour scheme", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/login");
  await chooseTheme(page, "system");
  expect(await storedTheme(page)).toBe("system");
  await expect(html(page)).toHaveClass(/(^|\s)light(\s|$)/);
  await page.emulateMedia({ colorScheme: "dark" });
  await page.reload();
  await expect(html(page)).toHaveClass(/(^|\s)dark(\s|$)/);
});

test("the theme chosen in the app persists across logout and login", async ({ page, request }) => {
  const user = await createUser(request);
  await logInWithForm(page, user.email, user.password);
  await chooseTheme(page, "light");
  await expect(html(page)).toHaveClass(/(^|\s)light(\s|$)/);
  await logOut(page);
  await expect(html(page)).toHaveClass(/(^|\s)light(\s|$)/);
  await logInWithForm(page, user.email, user.password);
  await expect(html(page)).toHaveClass(/(^|\s)light(\s|$)/);
  expect(await storedTheme(page)).toBe("light");

  await chooseTheme(page, "dark");
  await logOut(page);
  await logInWithForm(page, user.email, user.password);
  await expect(html(page)).toHaveClass(/(^|\s)dark(\s|$)/);
});
