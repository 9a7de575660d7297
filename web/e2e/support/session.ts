import { expect, type Page } from "@playwright/test";
import { e2eEnv } from "./env.js";

/** The session cookie's name (its default in local). */
export const SESSION_COOKIE = "aygentic_session";

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

/** Starts a session without the form: the cookie login through the page's own cookie jar, then opens `path`. */
export async function openAs(page: Page, user: { email: string; password: string }, path: string): Promise<void> {
  const response = await page.request.post(`${e2eEnv.baseUrl}/api/v1/login/session`, {
    form: { username: user.email, password: user.password },
    headers: { Origin: e2eEnv.baseUrl },
  });
  expect(response.status(), await response.text()).toBe(200);
  await page.goto(path);
}

/** The browser's session cookie (HttpOnly: no script of the page can read it). */
export async function sessionCookie(page: Page) {
  const cookies = await page.context().cookies();
  return cookies.find((cookie) => cookie.name === SESSION_COOKIE);
}
