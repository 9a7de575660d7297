import type { Page } from "@playwright/test";

/** The table row that shows `text`. */
export const rowWith = (page: Page, text: string) => page.getByRole("row").filter({ hasText: text });

/** Opens the actions menu of the row that shows `text` (its last button; the first may be "Copy ID"). */
export async function openRowMenu(page: Page, text: string): Promise<void> {
  await rowWith(page, text).getByRole("button").last().click();
}
