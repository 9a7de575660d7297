import type { Locator, Page } from "@playwright/test";

/** A notification by its text, looked up in the toaster only: the same words may also stand in a list on the page. */
export const toast = (page: Page, text: string): Locator =>
  page.getByRole("region", { name: "Notifications" }).getByText(text, { exact: true });
