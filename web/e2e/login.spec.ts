import { expectNoSeriousA11yViolations } from "./support/a11y.js";
import { createUser } from "./support/api.js";
import { ANONYMOUS, e2eEnv } from "./support/env.js";
import { randomEmail } from "./support/random.js";
import { logInWithForm, logOut, sessionCookie } from "./support/session.js";
import { expect, test } from "./support/test.js";

test.use({ storageState: ANONYMOUS });

test.describe("login page", () => {
  test("shows the form with its labels, placeholders and links", async ({ page }) => {
    await page.goto("/login");
    await expect(page).toHaveTitle(`Log In - ${e2eEnv.projectName}`);
    await expect(page.getByRole("heading", { name: "Login to your account" })).toBeVisible();
    const email = page.getByLabel("Email");
    await expect(email).toHaveAttribute("type", "email");
    await expect(email).toHaveAttribute("placeholder", "user@example.com");
    await expect(email).toHaveAttribute("data-testid", "email-input");
    await expect(page.getByLabel("Password", { exact: true })).toHaveAttribute("placeholder", "Password");
    await expect(page.getByTestId("password-input")).toHaveAttribute("type", "password");
    await expect(page.getByRole("link", { name: "Forgot your password?" })).toHaveAttribute(
      "href",
      /\/recover-password$/,
    );
    await expect(page.getByText("Don't have an account yet?")).toBeVisible();
    await expect(page.getByRole("link", { name: "Sign up" })).toHaveAttribute("href", /\/signup$/);
    await expect(page.getByRole("img", { name: e2eEnv.projectName }).first()).toBeAttached();
    await expect(page.getByRole("button", { name: "Toggle theme" })).toHaveAttribute("data-testid", "theme-button");
    await expectNoSeriousA11yViolations(page, "/login");
  });

  test("the password field can be revealed and hidden again", async ({ page }) => {
    await page.goto("/login");
    const password = page.getByTestId("password-input");
    await password.fill("secret-value");
    await page.getByRole("button", { name: "Show password" }).click();
    await expect(password).toHaveAttribute("type", "text");
    await page.getByRole("button", { name: "Hide password" }).click();
    await expect(password).toHaveAttribute("type", "password");
  });

  test("a valid user logs in, lands on the dashboard and logs out", async ({ page, request }) => {
    const user = await createUser(request, { fullName: "Login Person" });
    await logInWithForm(page, user.email, user.password);
    await expect(page.getByText("Hi, Login Person 👋")).toBeVisible();
    expect(await sessionCookie(page)).toBeDefined();
    await logOut(page);
    await page.goto("/items");
    await expect(page).toHaveURL(/\/login$/);
  });

  test("a wrong password shows the server's error toast and stays on the page", async ({
    page,
    request,
    consoleGuard,
  }) => {
    consoleGuard.allow(/status of 400 .* at \S+\/api\/v1\/login\/session$/);
    const user = await createUser(request);
    await page.goto("/login");
    await page.getByTestId("email-input").fill(user.email);
    await page.getByTestId("password-input").fill("wrong-password");
    await page.getByRole("button", { name: "Log In" }).click();
    await expect(page.getByText("Something went wrong!")).toBeVisible();
    await expect(page.getByText("Incorrect email or password")).toBeVisible();
    await expect(page).toHaveURL(/\/login$/);
    // A pointer on the toast holds it open (it closes itself after 5 s), as for a reader, while axe runs.
    const toast = page.getByRole("listitem").filter({ hasText: "Incorrect email or password" });
    await toast.hover();
    await expectNoSeriousA11yViolations(page, "/login with an error toast");
    await toast.getByRole("button", { name: "Close" }).click();
    await expect(page.getByText("Incorrect email or password")).toHaveCount(0);
  });

  test("an unknown e-mail gets the same error as a wrong password", async ({ page, consoleGuard }) => {
    consoleGuard.allow(/status of 400 .* at \S+\/api\/v1\/login\/session$/);
    await page.goto("/login");
    await page.getByTestId("email-input").fill(randomEmail("nobody"));
    await page.getByTestId("password-input").fill("whatever-password");
    await page.getByRole("button", { name: "Log In" }).click();
    await expect(page.getByText("Incorrect email or password")).toBeVisible();
  });

  test("an invalid e-mail address is reported when the field loses focus", async ({ page }) => {
    await page.goto("/login");
    await page.getByTestId("email-input").fill("not-an-email");
    await page.getByTestId("email-input").blur();
    await expect(page.getByText("Invalid email address")).toBeVisible();
  });

  test("an empty password is required", async ({ page }) => {
    await page.goto("/login");
    await page.getByTestId("password-input").focus();
    await page.getByTestId("password-input").blur();
    await expect(page.getByText("Password is required")).toBeVisible();
  });

  test("a short password is rejected before any request", async ({ page }) => {
    await page.goto("/login");
    await page.getByTestId("email-input").fill(randomEmail());
    await page.getByTestId("password-input").fill("short");
    await page.getByTestId("password-input").blur();
    await expect(page.getByText("Password must be at least 8 characters")).toBeVisible();
    await page.getByRole("button", { name: "Log In" }).click();
    await expect(page).toHaveURL(/\/login$/);
  });

  test("submitting the empty form shows the field errors", async ({ page }) => {
    await page.goto("/login");
    await page.getByRole("button", { name: "Log In" }).click();
    await expect(page.getByText("Invalid email address")).toBeVisible();
    await expect(page.getByText("Password is required")).toBeVisible();
    await expect(page).toHaveURL(/\/login$/);
  });
});

test.describe("sessions", () => {
  test("a logged-in user opening /login is sent to the dashboard", async ({ page, request }) => {
    const user = await createUser(request);
    await logInWithForm(page, user.email, user.password);
    for (const path of ["/login", "/signup", "/recover-password", "/reset-password?token=abc"]) {
      await page.goto(path);
      await expect(page, `${path} while logged in`).toHaveURL(/\/$/);
    }
  });

  test("protected pages send an anonymous visitor to /login", async ({ page }) => {
    for (const path of ["/", "/items", "/admin", "/settings"]) {
      await page.goto(path);
      await expect(page, `${path} without a token`).toHaveURL(/\/login$/);
    }
  });

  test("an invalid token in localStorage sends the user to /login and is removed", async ({ page }) => {
    await page.goto("/login");
    await page.evaluate(() => localStorage.setItem("access_token", "not-a-valid-token"));
    await page.goto("/");
    await expect(page).toHaveURL(/\/login$/);
    await expect.poll(() => page.evaluate(() => localStorage.getItem("access_token"))).toBeNull();
  });
});
