import type { Page } from "@playwright/test";

export type Theme = "light" | "dark";

/** Chooses a theme through the theme button's menu (auth pages and the app sidebar share the test ids). */
export async function chooseTheme(page: Page, theme: Theme | "system"): Promise<void> {
  await page.getByTestId("theme-button").click();
  if (theme === "system") await page.getByRole("menuitem", { name: "System" }).click();
  else await page.getByTestId(`${theme}-mode`).click();
}

/** Makes every page of the context start in `theme`, as if the user had chosen it before. */
export async function presetTheme(page: Page, theme: Theme): Promise<void> {
  await page.addInitScript((value) => localStorage.setItem("vite-ui-theme", value), theme);
}
