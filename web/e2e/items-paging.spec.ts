import type { Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y.js";
import { ANONYMOUS } from "./support/env.js";
import { userWithItems } from "./support/items.js";
import { expect, test } from "./support/test.js";

test.use({ storageState: ANONYMOUS });

async function choosePageSize(page: Page, size: string) {
  const select = page.getByLabel("Rows per page");
  if ((await select.evaluate((element) => element.tagName)) === "SELECT") {
    await select.selectOption(size);
    return;
  }
  await select.click();
  await page.getByRole("option", { name: size, exact: true }).click();
}

test("more than one page of items is paged with the pager", async ({ page, request }) => {
  const titles = Array.from({ length: 12 }, (_, i) => `Paged item ${String(i + 1).padStart(2, "0")}`);
  await userWithItems(page, request, titles);
  const body = page.locator("tbody");

  await expect(page.getByText("Showing 1 to 10 of 12 entries")).toBeVisible();
  await expect(page.getByText("Page 1 of 2")).toBeVisible();
  await expect(page.getByText("Rows per page")).toBeVisible();
  await expect(body.getByRole("row")).toHaveCount(10);
  await expect(body).toContainText("Paged item 12");
  await expect(page.getByRole("button", { name: "Go to previous page" })).toBeDisabled();
  await expectNoSeriousA11yViolations(page, "/items with the pager");

  await page.getByRole("button", { name: "Go to next page" }).click();
  await expect(page.getByText("Showing 11 to 12 of 12 entries")).toBeVisible();
  await expect(page.getByText("Page 2 of 2")).toBeVisible();
  await expect(body.getByRole("row")).toHaveCount(2);
  await expect(body).toContainText("Paged item 01");
  await expect(body).toContainText("Paged item 02");
  await expect(page.getByRole("button", { name: "Go to next page" })).toBeDisabled();
  await expect(page.getByRole("button", { name: "Go to last page" })).toBeDisabled();

  await page.getByRole("button", { name: "Go to first page" }).click();
  await expect(page.getByText("Showing 1 to 10 of 12 entries")).toBeVisible();
  await page.getByRole("button", { name: "Go to last page" }).click();
  await expect(page.getByText("Page 2 of 2")).toBeVisible();
  await page.getByRole("button", { name: "Go to previous page" }).click();
  await expect(page.getByText("Page 1 of 2")).toBeVisible();

  await choosePageSize(page, "5");
  await expect(page.getByText("Showing 1 to 5 of 12 entries")).toBeVisible();
  await expect(page.getByText("Page 1 of 3")).toBeVisible();
  await expect(body.getByRole("row")).toHaveCount(5);
});

test("a single page of items shows no pager", async ({ page, request }) => {
  const titles = Array.from({ length: 6 }, (_, i) => `Sized item ${i + 1}`);
  await userWithItems(page, request, titles);
  const body = page.locator("tbody");
  await expect(body.getByRole("row")).toHaveCount(6);
  await expect(page.getByText(/Showing \d+ to \d+ of \d+ entries/)).toHaveCount(0);
});
