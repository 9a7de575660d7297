import { type APIRequestContext, expect, type Page } from "@playwright/test";
import { accessToken } from "./api.js";

/** Logs in through the login form and waits for the dashboard. */
export async function logInWithForm(page: Page, email: string, password: string): Promise<void> {
  await page.goto("/login");
  await page.getByTestId("email-input").fill(email);
  await page.getByTestId("password-input").fill(password);
  await page.getByRole("button", { name: "Log In" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByText("Welcome back, nice to see you again!")).toBeVisible();
}

/** Logs out through the user menu and waits for the login page. */
export async function logOut(page: Page): Promise<void> {
  await page.getByTestId("user-menu").click();
  await page.getByRole("menuitem", { name: "Log Out" }).click();
  await expect(page).toHaveURL(/\/login$/);
}

/** Starts a session without the form: stores an API token the way the SPA does, then opens `path`. */
export async function openAs(
  page: Page,
  request: APIRequestContext,
  user: { email: string; password: string },
  path: string,
): Promise<void> {
  const token = await accessToken(request, user.email, user.password);
  await page.goto("/login");
  await page.evaluate((value) => localStorage.setItem("access_token", value), token);
  await page.goto(path);
}
