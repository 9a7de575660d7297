import type { Locator, Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y.js";
import { accessToken, createUser, loginStatus, type TestUser } from "./support/api.js";
import { readCsvDownload } from "./support/csv.js";
import { ANONYMOUS, e2eEnv } from "./support/env.js";
import { logInWithForm, openAs } from "./support/session.js";
import { expect, test } from "./support/test.js";

// The walk filters, exports and runs axe several times: more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 90_000 });

const bodyRows = (page: Page) => page.locator("tbody").getByRole("row");
const actionCells = (page: Page) => page.locator("tbody td:nth-child(3)");
const query = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);
const text = async (cell: Locator) => ((await cell.textContent()) ?? "").trim();
const loaded = (page: Page) => expect(page.locator('table[aria-busy="true"]')).toHaveCount(0);

/** What the table shows of each row, in the CSV's own terms (the time as the API sent it). */
const screenRows = async (page: Page) => {
  const rows = await bodyRows(page).all();
  return Promise.all(
    rows.map(async (row) => {
      const cells = row.getByRole("cell");
      return {
        occurred_at: await cells.nth(0).locator("time").getAttribute("datetime"),
        actor_email: await text(cells.nth(1)),
        action: await text(cells.nth(2)),
        outcome: (await text(cells.nth(4))).toLowerCase(),
        ip_address: await text(cells.nth(5)),
      };
    }),
  );
};

/** A fresh user with one failed and then one successful login through the API. */
async function userWhoLoggedIn(request: Parameters<typeof createUser>[0]): Promise<TestUser> {
  const user = await createUser(request);
  expect(await loginStatus(request, user.email, `${user.password}-wrong`)).toBe(400);
  await accessToken(request, user.email, user.password);
  return user;
}

test("an admin filters the activity by action and by user, and the exported CSV holds the rows on screen", async ({
  page,
  request,
}) => {
  const user = await userWhoLoggedIn(request);
  await page.goto("/admin/activity");
  await expect(page).toHaveTitle(`Activity - ${e2eEnv.projectName}`);
  await expect(page.getByRole("heading", { name: "Activity" })).toBeVisible();
  for (const column of ["Time", "Actor", "Action", "Target", "Outcome", "IP"]) {
    await expect(page.getByRole("columnheader", { name: column })).toBeVisible();
  }
  await loaded(page);
  await expectNoSeriousA11yViolations(page, "/admin/activity");

  await page.getByLabel("Action").selectOption("auth.login");
  await expect(page).toHaveURL(/\/admin\/activity\?action=auth\.login$/);
  await expect(bodyRows(page).first()).toBeVisible();
  await expect(actionCells(page).filter({ hasNotText: "auth.login" })).toHaveCount(0);

  await page.getByLabel("Search by actor e-mail").fill(user.email);
  await expect.poll(() => query(page)).toEqual({ action: "auth.login", q: user.email });
  await expect(bodyRows(page).filter({ hasText: user.email })).toHaveCount(2);
  await expect(bodyRows(page)).toHaveCount(2);
  const shown = await screenRows(page);
  expect(shown.map((row) => [row.actor_email, row.outcome])).toEqual([
    [user.email, "success"],
    [user.email, "failure"],
  ]);

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Export CSV" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe("audit-events.csv");
  const exported = await readCsvDownload(file);
  expect(
    exported.map(({ occurred_at, actor_email, action, outcome, ip_address }) => ({
      occurred_at,
      actor_email,
      action,
      outcome,
      ip_address,
    })),
  ).toEqual(shown);

  await page.getByLabel("Outcome").selectOption("Failure");
  await expect(bodyRows(page)).toHaveCount(1);
  await expect(bodyRows(page).first()).toContainText("Failure");
  await page.reload();
  await expect(page.getByLabel("Action")).toHaveValue("auth.login");
  await expect(page.getByLabel("Outcome")).toHaveValue("failure");
  await expect(page.getByLabel("Search by actor e-mail")).toHaveValue(user.email);
  await expect(bodyRows(page)).toHaveCount(1);
});

test("an event's details open in a drawer that narrows the list to its actor", async ({ page, request }) => {
  const user = await userWhoLoggedIn(request);
  await page.goto(`/admin/activity?action=auth.login&q=${encodeURIComponent(user.email)}`);
  await expect(bodyRows(page)).toHaveCount(2);
  await bodyRows(page).filter({ hasText: "Success" }).getByRole("button", { name: "View details" }).click();
  const drawer = page.getByRole("dialog", { name: "Event details" });
  await expect(drawer).toBeVisible();
  const details = drawer.getByTestId("event-details");
  await expect(details).toContainText(user.id);
  await expect(details).toContainText(user.email);
  await expect(details).toContainText("auth.login");
  await expect(details).toContainText("127.0.0.1");
  await expectNoSeriousA11yViolations(page, "/admin/activity details drawer");

  await drawer.getByRole("button", { name: "Show this actor's events" }).click();
  await expect(drawer).toBeHidden();
  await expect.poll(() => query(page)).toEqual({ action: "auth.login", q: user.email, actor: user.id });
  await expect(bodyRows(page)).toHaveCount(1);
  await expect(bodyRows(page).first()).toContainText("Success");
  await page.getByRole("button", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/admin\/activity$/);
});

test("the sidebar's Activity entry leads a superuser to the page", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: "Activity", exact: true }).click();
  await expect(page).toHaveURL(/\/admin\/activity$/);
  await expect(page.getByRole("heading", { name: "Activity" })).toBeVisible();
});

test.describe("as a regular user", () => {
  test.use({ storageState: ANONYMOUS });

  test("/admin/activity sends them to the dashboard and the sidebar has no Activity entry", async ({
    page,
    request,
  }) => {
    const user = await createUser(request);
    await openAs(page, user, "/admin/activity");
    await expect(page).toHaveURL(/\/$/);
    await expect(page.getByText("Welcome back, nice to see you again!")).toBeVisible();
    await expect(page.getByRole("link", { name: "Items" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Activity" })).toHaveCount(0);
    const exported = await page.request.get(`${e2eEnv.baseUrl}/api/v1/audit-events/export`);
    expect(exported.status()).toBe(403);
  });

  test("Settings › Sessions shows their recent security activity, the login just made first", async ({
    page,
    request,
  }) => {
    const user = await createUser(request);
    expect(await loginStatus(request, user.email, `${user.password}-wrong`)).toBe(400);
    await logInWithForm(page, user.email, user.password);
    await page.goto("/settings");
    await page.getByTestId("sessions-tab").click();
    await expect(page.getByRole("heading", { name: "Recent security activity" })).toBeVisible();
    const events = page.getByTestId("security-event");
    await expect(events.first()).toContainText("Logged in");
    await expect(events.first()).toContainText("Chrome");
    await expect(events.first()).toContainText("127.0.0.1");
    await expect(events.filter({ hasText: "Failed login attempt" })).toHaveCount(1);
    await expectNoSeriousA11yViolations(page, "/settings › Sessions with security activity");
  });
});
