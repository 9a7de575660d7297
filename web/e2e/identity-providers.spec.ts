import type { Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "./support/a11y.js";
import { createUser } from "./support/api.js";
import { ANONYMOUS, e2eEnv } from "./support/env.js";
import { logInWithForm } from "./support/session.js";
import { expect, test } from "./support/test.js";
import { toast } from "./support/toast.js";

test.use({ storageState: ANONYMOUS });

/** Picks a test account on the development provider's login page. */
async function pickDevAccount(page: Page, name: string) {
  await expect(page.getByRole("heading", { name: "Dev login" })).toBeVisible();
  await page.getByRole("button", { name: new RegExp(`^Sign in as ${name}`) }).click();
}

async function openSecurityTab(page: Page) {
  await page.goto("/settings?tab=security");
  await expect(page.getByTestId("security-tab")).toHaveAttribute("aria-selected", "true");
  await expect(page.getByRole("heading", { name: "Sign-in providers" })).toBeVisible();
}

test("a new person signs in through the development provider and cannot unlink their only way in", async ({
  page,
  consoleGuard,
}) => {
  consoleGuard.allow(/status of 400 .* at \S+\/api\/v1\/users\/me\/identities\/[0-9a-f-]+$/);
  await page.goto("/login");
  await expectNoSeriousA11yViolations(page, "login with providers");
  await page.getByRole("link", { name: "Continue with Dev login" }).click();
  await pickDevAccount(page, "Alice Dev");
  await expect(page).toHaveURL(`${e2eEnv.baseUrl}/`);
  await expect(page.getByText("Hi, Alice Dev 👋")).toBeVisible();

  await openSecurityTab(page);
  const row = page.getByTestId("identity-row");
  await expect(row).toContainText("dev-alice@example.com");
  await expectNoSeriousA11yViolations(page, "settings security");
  await row.getByRole("button", { name: "Unlink Dev login" }).click();
  await expect(toast(page, "You cannot remove your only way to sign in")).toBeVisible();
  await expect(row).toBeVisible();
});

test("an account whose address is unproved is not taken over: the login page says to link from Settings", async ({
  page,
  request,
}) => {
  const taken = await request.post(`${e2eEnv.baseUrl}/api/v1/private/users/`, {
    data: { email: "dev-bob@example.com", password: "a-long-password", full_name: "Local Bob" },
  });
  expect([200, 400]).toContain(taken.status());
  await page.goto("/signup");
  await page.getByRole("link", { name: "Continue with Dev login" }).click();
  await pickDevAccount(page, "Bob Dev");
  await expect(page).toHaveURL(/\/login\?error=link_requires_password/);
  await expect(page.getByRole("alert")).toHaveText("Sign in with your password, then link Dev login in Settings");
  await expectNoSeriousA11yViolations(page, "login with a provider refusal");
});

test("a signed-in user links the development provider in Settings, signs in with it, and unlinks it", async ({
  page,
}) => {
  const user = await createUser(page.request, { fullName: "Linking Person" });
  await logInWithForm(page, user.email, user.password);
  await openSecurityTab(page);
  await page.getByRole("link", { name: "Link Dev login" }).click();
  await pickDevAccount(page, "Carol Dev");
  await expect(toast(page, "Provider linked")).toBeVisible();
  const row = page.getByTestId("identity-row");
  await expect(row).toContainText("dev-carol@example.com");

  await row.getByRole("button", { name: "Unlink Dev login" }).click();
  await expect(toast(page, "Provider unlinked")).toBeVisible();
  await expect(row).toHaveCount(0);
  await expect(page.getByRole("link", { name: "Link Dev login" })).toBeVisible();
});
