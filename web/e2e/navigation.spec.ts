import { expectNoSeriousA11yViolations } from "./support/a11y.js";
import { createUser } from "./support/api.js";
import { ANONYMOUS, e2eEnv } from "./support/env.js";
import { openAs } from "./support/session.js";
import { expect, test } from "./support/test.js";

test("the dashboard greets the superuser and the sidebar links every page", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveTitle(`Dashboard - ${e2eEnv.projectName}`);
  await expect(page.getByText(/^Hi, .+ 👋$/)).toBeVisible();
  await expect(page.getByText("Welcome back, nice to see you again!!!", { exact: true })).toBeVisible();
  await expect(page.getByRole("button", { name: "Appearance" })).toHaveAttribute("data-testid", "theme-button");
  await expectNoSeriousA11yViolations(page, "/ (dashboard)");

  await page.getByRole("link", { name: "Items", exact: true }).click();
  await expect(page).toHaveURL(/\/items$/);
  await expect(page).toHaveTitle(`Items - ${e2eEnv.projectName}`);
  await page.getByRole("link", { name: "Admin", exact: true }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page).toHaveTitle(`Admin - ${e2eEnv.projectName}`);
  await page.getByRole("link", { name: "Dashboard", exact: true }).click();
  await expect(page).toHaveURL(/\/$/);
});

test("the page footer shows the project, the year and the social links", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByText(`${e2eEnv.projectName} - ${new Date().getFullYear()}`)).toBeVisible();
  for (const name of ["GitHub", "X", "LinkedIn"]) {
    await expect(page.getByRole("link", { name, exact: true })).toBeVisible();
  }
});

test("the user menu opens settings", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByTestId("user-menu")).toContainText(e2eEnv.superuser.email);
  await page.getByTestId("user-menu").click();
  await page.getByRole("menuitem", { name: "User Settings" }).click();
  await expect(page).toHaveURL(/\/settings$/);
  await expect(page.getByRole("heading", { name: "User Settings" })).toBeVisible();
});

test("the sidebar can be collapsed and expanded again", async ({ page }) => {
  await page.goto("/");
  const itemsLink = page.getByRole("link", { name: "Items", exact: true });
  await expect(itemsLink).toBeVisible();
  const toggle = page.getByRole("button", { name: /toggle sidebar/i });
  await toggle.click();
  await expect(itemsLink).toBeHidden();
  await toggle.click();
  await expect(itemsLink).toBeVisible();
});

test.describe("not found", () => {
  test("an unknown path shows the not-found page for a logged-in user", async ({ page }) => {
    await page.goto("/this/page/does-not-exist");
    const notFound = page.getByTestId("not-found");
    await expect(notFound).toBeVisible();
    await expect(notFound).toContainText("404");
    await expect(notFound).toContainText("Oops!");
    await expect(notFound).toContainText("The page you are looking for was not found.");
    await expectNoSeriousA11yViolations(page, "not-found page");
    await notFound.getByRole("button", { name: "Go Back" }).click();
    await expect(page).not.toHaveURL(/does-not-exist/);
  });

  test.describe("anonymous", () => {
    test.use({ storageState: ANONYMOUS });

    test("an unknown path shows the not-found page to a visitor too", async ({ page }) => {
      await page.goto("/nowhere");
      await expect(page.getByTestId("not-found")).toBeVisible();
    });
  });
});

test.describe("as a regular user", () => {
  test.use({ storageState: ANONYMOUS });

  test("the dashboard greets by full name, or by e-mail when there is none", async ({ page, request }) => {
    const user = await createUser(request, { fullName: "Dash Board" });
    await openAs(page, user, "/");
    await expect(page.getByText("Hi, Dash Board 👋")).toBeVisible();
    await expect(page.getByTestId("user-menu")).toContainText("Dash Board");
    await expect(page.getByTestId("user-menu")).toContainText(user.email);

    const nameless = await createUser(request, { fullName: "" });
    await openAs(page, nameless, "/");
    await expect(page.getByText(`Hi, ${nameless.email} 👋`)).toBeVisible();
  });
});
