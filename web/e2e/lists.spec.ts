import type { Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y.js";
import { createUserAsAdmin } from "./support/api.js";
import { ANONYMOUS } from "./support/env.js";
import { userWithItems } from "./support/items.js";
import { randomPassword, uniqueSuffix } from "./support/random.js";
import { expect, test } from "./support/test.js";

// Each test walks several views and runs axe on each of them: more than the default 30 s on a busy CI machine.
test.describe.configure({ timeout: 90_000 });

const bodyRows = (page: Page) => page.locator("tbody").getByRole("row");
const header = (page: Page, name: string) => page.getByRole("columnheader", { name });
const query = (page: Page) => Object.fromEntries(new URL(page.url()).searchParams);

test.describe("items", () => {
  test.use({ storageState: ANONYMOUS });

  test("search, sort, reload and back keep the view in the URL", async ({ page, request }) => {
    await userWithItems(page, request, ["Cherry tart", "Apple pie", "Banana bread", "Apple juice"]);
    await expect(bodyRows(page)).toHaveCount(4);
    await expect(header(page, "Title")).toHaveAttribute("aria-sort", "none");

    await page.getByTestId("search-input").fill("apple");
    await expect(page).toHaveURL(/\/items\?q=apple$/);
    await expect(bodyRows(page)).toHaveCount(2);
    await expect(page.getByLabel("Search items")).toHaveValue("apple");
    await expectNoSeriousA11yViolations(page, "/items searched");

    await header(page, "Title").getByRole("button").click();
    await expect(header(page, "Title")).toHaveAttribute("aria-sort", "ascending");
    await expect(bodyRows(page).first()).toContainText("Apple juice");
    expect(query(page)).toEqual({ q: "apple", sort: "title", order: "asc" });
    await expectNoSeriousA11yViolations(page, "/items sorted");

    await header(page, "Title").getByRole("button").click();
    await expect(header(page, "Title")).toHaveAttribute("aria-sort", "descending");
    await expect(bodyRows(page).first()).toContainText("Apple pie");
    expect(query(page)).toEqual({ q: "apple", sort: "title" });

    await page.reload();
    await expect(page.getByTestId("search-input")).toHaveValue("apple");
    await expect(header(page, "Title")).toHaveAttribute("aria-sort", "descending");
    await expect(bodyRows(page)).toHaveCount(2);
    await expect(bodyRows(page).first()).toContainText("Apple pie");

    await page.goBack();
    await expect(header(page, "Title")).toHaveAttribute("aria-sort", "ascending");
    await expect(bodyRows(page).first()).toContainText("Apple juice");
    await page.goBack();
    await expect(header(page, "Title")).toHaveAttribute("aria-sort", "none");
    await expect(bodyRows(page)).toHaveCount(2);
    await page.goBack();
    await expect(page.getByTestId("search-input")).toHaveValue("");
    await expect(bodyRows(page)).toHaveCount(4);
  });

  test("a search that finds nothing offers to clear it", async ({ page, request }) => {
    await userWithItems(page, request, ["Only item"]);
    await page.getByTestId("search-input").fill("zzz");
    await expect(page.getByText('No results for "zzz"')).toBeVisible();
    await expect(page.getByText("You don't have any items yet")).toHaveCount(0);
    await expectNoSeriousA11yViolations(page, "/items with no search results");
    await page.getByRole("button", { name: "Clear search" }).click();
    await expect(page).toHaveURL(/\/items$/);
    await expect(page.getByTestId("search-input")).toHaveValue("");
    await expect(bodyRows(page)).toHaveCount(1);
  });

  test("a new search starts again on page 1, and bad values in the link read as defaults", async ({
    page,
    request,
  }) => {
    const titles = Array.from({ length: 7 }, (_, i) => `Paged ${i + 1}`);
    await userWithItems(page, request, titles);
    await page.goto("/items?page=2&size=5");
    await expect(page.getByText("Page 2 of 2")).toBeVisible();
    await page.getByTestId("search-input").fill("Paged");
    await expect(page).toHaveURL(/\/items\?size=5&q=Paged$/);
    await expect(page.getByText("Page 1 of 2")).toBeVisible();

    await page.goto("/items?sort=owner&order=sideways&page=-1&size=7");
    await expect(bodyRows(page)).toHaveCount(7);
    await expect(header(page, "Title")).toHaveAttribute("aria-sort", "none");
    await page.goto("/items?page=9&size=5");
    await expect(page.getByText("Page 2 of 2")).toBeVisible();
    await expect(page).toHaveURL(/\/items\?page=2&size=5$/);
  });
});

test.describe("admin", () => {
  test("filters by status and role, in the URL", async ({ page, request }) => {
    const tag = uniqueSuffix();
    const add = (name: string, is_active: boolean, is_superuser: boolean) =>
      createUserAsAdmin(request, {
        email: `${name}-${tag}@example.com`,
        full_name: `${name} ${tag}`,
        password: randomPassword(),
        is_active,
        is_superuser,
      });
    await add("ada", true, false);
    await add("bob", false, false);
    await add("cyd", true, true);

    await page.goto(`/admin?q=${tag}`);
    await expect(bodyRows(page)).toHaveCount(3);
    await page.getByLabel("Status").selectOption("Inactive");
    await expect(bodyRows(page)).toHaveCount(1);
    await expect(bodyRows(page).first()).toContainText(`bob-${tag}@example.com`);
    expect(query(page)).toEqual({ q: tag, active: "false" });
    await expectNoSeriousA11yViolations(page, "/admin filtered by status");

    await page.getByLabel("Status").selectOption("Active");
    await page.getByLabel("Role").selectOption("Superuser");
    await expect(bodyRows(page)).toHaveCount(1);
    await expect(bodyRows(page).first()).toContainText(`cyd-${tag}@example.com`);
    expect(query(page)).toEqual({ q: tag, active: "true", role: "superuser" });

    await page.reload();
    await expect(page.getByLabel("Role")).toHaveValue("superuser");
    await expect(page.getByLabel("Status")).toHaveValue("true");
    await expect(bodyRows(page)).toHaveCount(1);

    await page.goBack();
    await expect(page.getByLabel("Role")).toHaveValue("");
    await expect(bodyRows(page)).toHaveCount(2);

    await page.getByLabel("Role").selectOption("User");
    await page.getByLabel("Status").selectOption("All");
    await header(page, "Email").getByRole("button").click();
    await expect(header(page, "Email")).toHaveAttribute("aria-sort", "ascending");
    await expect(bodyRows(page)).toHaveCount(2);
    await expect(bodyRows(page).first()).toContainText(`ada-${tag}@example.com`);
    await header(page, "Email").getByRole("button").click();
    await expect(bodyRows(page).first()).toContainText(`bob-${tag}@example.com`);
    await expectNoSeriousA11yViolations(page, "/admin sorted and filtered");

    await page.getByTestId("search-input").fill(`nobody-${tag}`);
    await expect(page.getByText(`No results for "nobody-${tag}"`)).toBeVisible();
    await expectNoSeriousA11yViolations(page, "/admin with no search results");
  });
});
