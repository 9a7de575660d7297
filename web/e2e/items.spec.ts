import { expectNoSeriousA11yViolations } from "./support/a11y.js";
import { accessToken, createItem, createUser, type TestUser } from "./support/api.js";
import { ANONYMOUS, e2eEnv } from "./support/env.js";
import { userWithItems } from "./support/items.js";
import { uniqueSuffix } from "./support/random.js";
import { openAs } from "./support/session.js";
import { openRowMenu, rowWith } from "./support/table.js";
import { expect, test } from "./support/test.js";

test.use({ storageState: ANONYMOUS });

test("a user without items sees the empty state", async ({ page, request }) => {
  const user: TestUser = await createUser(request);
  await openAs(page, user, "/items");
  await expect(page).toHaveTitle(`Items - ${e2eEnv.projectName}`);
  await expect(page.getByRole("heading", { name: "Items", exact: true })).toBeVisible();
  await expect(page.getByText("Create and manage your items")).toBeVisible();
  await expect(page.getByText("You don't have any items yet")).toBeVisible();
  await expect(page.getByText("Add a new item to get started")).toBeVisible();
  await expect(page.getByRole("button", { name: "Add Item" })).toBeVisible();
  await expectNoSeriousA11yViolations(page, "/items (empty)");
});

test("an item is added through the dialog and listed", async ({ page, request }) => {
  const user = await createUser(request);
  await openAs(page, user, "/items");
  const title = `Added ${uniqueSuffix()}`;
  await page.getByRole("button", { name: "Add Item" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByRole("heading", { name: "Add Item" })).toBeVisible();
  await expect(dialog.getByText("Fill in the details to add a new item.")).toBeVisible();
  await expect(dialog.getByPlaceholder("Description")).toBeVisible();
  await expect(dialog.getByLabel("Title")).toHaveAttribute("placeholder", "Title");
  await expectNoSeriousA11yViolations(page, "/items add dialog");
  await dialog.getByPlaceholder("Title").fill(title);
  await dialog.getByPlaceholder("Description").fill("Made in the browser");
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Item created successfully")).toBeVisible();
  await expect(dialog).toBeHidden();
  const row = rowWith(page, title);
  await expect(row).toBeVisible();
  await expect(row).toContainText("Made in the browser");
  await expectNoSeriousA11yViolations(page, "/items (with rows)");
});

test("an item without description shows 'No description'", async ({ page, request }) => {
  const user = await createUser(request);
  const token = await accessToken(request, user.email, user.password);
  const item = await createItem(request, token, { title: `Bare ${uniqueSuffix()}` });
  await openAs(page, user, "/items");
  const row = rowWith(page, item.title);
  await expect(row).toContainText("No description");
  await expect(row).toContainText(item.id);
  await expect(row.getByRole("button", { name: "Copy ID" })).toBeAttached();
});

test("the title is required in the add dialog", async ({ page, request }) => {
  const user = await createUser(request);
  await openAs(page, user, "/items");
  await page.getByRole("button", { name: "Add Item" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByPlaceholder("Title").focus();
  await dialog.getByPlaceholder("Title").blur();
  await expect(dialog.getByText("Title is required")).toBeVisible();
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(dialog).toBeVisible();
});

test("cancelling the add dialog creates nothing", async ({ page, request }) => {
  const user = await createUser(request);
  await openAs(page, user, "/items");
  await page.getByRole("button", { name: "Add Item" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByPlaceholder("Title").fill("Never saved");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText("You don't have any items yet")).toBeVisible();
  await expect(page.getByText("Never saved")).toHaveCount(0);
});

test("an item is edited through its menu", async ({ page, request }) => {
  const title = `Editable ${uniqueSuffix()}`;
  await userWithItems(page, request, [title]);
  await openRowMenu(page, title);
  await page.getByRole("menuitem", { name: "Edit Item" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByRole("heading", { name: "Edit Item" })).toBeVisible();
  await expect(dialog.getByText("Update the item details below.")).toBeVisible();
  await expect(dialog.getByPlaceholder("Title")).toHaveValue(title);
  await expectNoSeriousA11yViolations(page, "/items edit dialog");
  await dialog.getByPlaceholder("Title").fill("");
  await dialog.getByPlaceholder("Title").blur();
  await expect(dialog.getByText("Title is required")).toBeVisible();
  const updated = `${title} (edited)`;
  await dialog.getByPlaceholder("Title").fill(updated);
  await dialog.getByPlaceholder("Description").fill("Changed description");
  await dialog.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Item updated successfully")).toBeVisible();
  await expect(rowWith(page, updated)).toContainText("Changed description");
});

test("cancelling the edit dialog keeps the item unchanged", async ({ page, request }) => {
  const title = `Kept ${uniqueSuffix()}`;
  await userWithItems(page, request, [title]);
  await openRowMenu(page, title);
  await page.getByRole("menuitem", { name: "Edit Item" }).click();
  const dialog = page.getByRole("dialog");
  await dialog.getByPlaceholder("Title").fill("Should not be saved");
  await dialog.getByRole("button", { name: "Cancel" }).click();
  await expect(dialog).toBeHidden();
  await expect(rowWith(page, title)).toBeVisible();
  await expect(page.getByText("Should not be saved")).toHaveCount(0);
});

test("an item is deleted after confirmation", async ({ page, request }) => {
  const title = `Doomed ${uniqueSuffix()}`;
  await userWithItems(page, request, [title]);
  await openRowMenu(page, title);
  await page.getByRole("menuitem", { name: "Delete Item" }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByRole("heading", { name: "Delete Item" })).toBeVisible();
  await expect(dialog).toContainText("permanently deleted");
  await expect(dialog).toContainText(/cannot be undone|not be able to undo/);
  await expectNoSeriousA11yViolations(page, "/items delete dialog");
  await dialog.getByRole("button", { name: "Delete" }).click();
  await expect(page.getByText("The item was deleted successfully")).toBeVisible();
  await expect(rowWith(page, title)).toHaveCount(0);
  await expect(page.getByText("You don't have any items yet")).toBeVisible();
});

test("cancelling the delete dialog keeps the item", async ({ page, request }) => {
  const title = `Spared ${uniqueSuffix()}`;
  await userWithItems(page, request, [title]);
  await openRowMenu(page, title);
  await page.getByRole("menuitem", { name: "Delete Item" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Cancel" }).click();
  await expect(page.getByRole("dialog")).toBeHidden();
  await expect(rowWith(page, title)).toBeVisible();
});
