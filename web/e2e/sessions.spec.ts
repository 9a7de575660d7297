import type { Browser, Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y.js";
import { accessToken, createUser, type TestUser } from "./support/api.js";
import { ANONYMOUS, e2eEnv } from "./support/env.js";
import { logInWithForm, logOut, SESSION_COOKIE, sessionCookie } from "./support/session.js";
import { expect, test } from "./support/test.js";
import { toast } from "./support/toast.js";

test.use({ storageState: ANONYMOUS });

const FIREFOX_ON_WINDOWS = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0";

/** Another browser (its own cookie jar) logged in as `user` through the form. */
async function otherBrowser(browser: Browser, user: TestUser) {
  const context = await browser.newContext({
    baseURL: e2eEnv.baseUrl,
    storageState: ANONYMOUS,
    userAgent: FIREFOX_ON_WINDOWS,
  });
  const page = await context.newPage();
  await logInWithForm(page, user.email, user.password);
  return { context, page };
}

async function openSessionsTab(page: Page) {
  await page.goto("/settings");
  await page.getByTestId("sessions-tab").click();
  await expect(page.getByRole("heading", { name: "Active sessions" })).toBeVisible();
}

const meStatus = async (page: Page, headers: Record<string, string>) =>
  (await page.request.get(`${e2eEnv.baseUrl}/api/v1/users/me`, { headers })).status();

test("the form logs in with an HttpOnly cookie that survives a reload, and no script can read a token", async ({
  page,
  request,
}) => {
  const user = await createUser(request, { fullName: "Cookie Person" });
  await logInWithForm(page, user.email, user.password);
  const cookie = await sessionCookie(page);
  expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });

  await page.reload();
  await expect(page.getByText("Hi, Cookie Person 👋")).toBeVisible();
  await expect(page).toHaveURL(/\/$/);
  const storage = await page.evaluate(() => ({
    local: Object.keys(localStorage),
    session: Object.keys(sessionStorage),
    cookies: document.cookie,
  }));
  expect(storage.local.filter((key) => key !== "vite-ui-theme")).toEqual([]);
  expect(storage.session).toEqual([]);
  expect(storage.cookies).not.toContain(SESSION_COOKIE);
});

test("logout revokes the session: the old cookie is refused and the pages send to /login", async ({
  page,
  request,
}) => {
  const user = await createUser(request);
  await logInWithForm(page, user.email, user.password);
  const cookie = await sessionCookie(page);
  await logOut(page);
  await page.goto("/settings");
  await expect(page).toHaveURL(/\/login$/);
  expect(await meStatus(page, { Cookie: `${SESSION_COOKIE}=${cookie?.value}` })).toBe(401);
});

test("the Sessions tab lists both browsers and signs the other one out", async ({ page, request, browser }) => {
  const user = await createUser(request);
  const other = await otherBrowser(browser, user);
  await logInWithForm(page, user.email, user.password);
  await openSessionsTab(page);

  const rows = page.getByTestId("session-row");
  await expect(rows).toHaveCount(2);
  const here = rows.filter({ hasText: "This device" });
  await expect(here).toContainText("Chrome");
  await expect(here).toContainText("127.0.0.1");
  await expect(here).toContainText("Last used");
  await expect(here.getByRole("button", { name: "Sign out" })).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, "/settings › Sessions");

  await rows.filter({ hasText: "Firefox 133 on Windows" }).getByRole("button", { name: "Sign out" }).click();
  await expect(toast(page, "Session signed out")).toBeVisible();
  await expect(rows).toHaveCount(1);

  await other.page.goto("/items");
  await expect(other.page).toHaveURL(/\/login$/);
  await other.context.close();
});

test("Sign out of all other sessions asks first, then ends every other browser and API token", async ({
  page,
  request,
  browser,
}) => {
  const user = await createUser(request);
  const other = await otherBrowser(browser, user);
  const token = await accessToken(request, user.email, user.password);
  await logInWithForm(page, user.email, user.password);
  await openSessionsTab(page);
  const rows = page.getByTestId("session-row");
  await expect(rows).toHaveCount(3);

  await page.getByRole("button", { name: "Sign out of all other sessions" }).click();
  const dialog = page.getByRole("dialog");
  await expectNoSeriousA11yViolations(page, "/settings › Sessions confirmation");
  await dialog.getByRole("button", { name: "Sign out" }).click();
  await expect(toast(page, "Signed out of all other sessions")).toBeVisible();
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText("This device");

  expect(await meStatus(page, { Authorization: `Bearer ${token}` })).toBe(403);
  await other.page.reload();
  await expect(other.page).toHaveURL(/\/login$/);
  await page.reload();
  await expect(page.getByRole("heading", { name: "User Settings" })).toBeVisible();
  await other.context.close();
});
