import { fileURLToPath } from "node:url";
import { expect, test } from "@playwright/test";
import { accessToken, createItem, createUser, createUserAsAdmin, loginStatus } from "./support/api.js";
import { ADMIN_STATE, ANONYMOUS, e2eEnv } from "./support/env.js";
import { screens } from "./support/pages.js";
import { presetTheme, type Theme } from "./support/theme.js";

const outDir = fileURLToPath(new URL("../../docs/screenshots/", import.meta.url));
const themes: Theme[] = ["dark", "light"];

const sampleItems = [
  { title: "Write the onboarding guide", description: "Cover sign-up, items and settings" },
  { title: "Review pull requests", description: "Two open on the API" },
  { title: "Plan the release", description: null },
  { title: "Update dependencies", description: "Monthly chore" },
];

test.beforeAll(async ({ request }) => {
  const token = await accessToken(request, e2eEnv.superuser.email, e2eEnv.superuser.password);
  const existing = await request.get(`${e2eEnv.baseUrl}/api/v1/items/?limit=1`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  if (((await existing.json()) as { count: number }).count > 0) return;
  for (const item of sampleItems) await createItem(request, token, item);
  await createUser(request, { email: "jane.doe@example.com", fullName: "Jane Doe" });
  await createUserAsAdmin(request, {
    email: "ops@example.com",
    password: "ops-password-123",
    full_name: "Ops Lead",
    is_superuser: true,
    is_active: true,
  });
  const former = await createUserAsAdmin(request, {
    email: "former@example.com",
    password: "former-password-1",
    is_active: true,
  });
  // A little history for the Activity page: a refused login and a deactivation.
  await loginStatus(request, "jane.doe@example.com", "not-her-password");
  await request.patch(`${e2eEnv.baseUrl}/api/v1/users/${former.id}`, {
    data: { is_active: false },
    headers: { Authorization: `Bearer ${token}` },
  });
});

for (const theme of themes) {
  for (const screen of screens) {
    test.describe(`${screen.name} ${theme}`, () => {
      test.use({ storageState: screen.loggedIn ? ADMIN_STATE : ANONYMOUS, viewport: { width: 1280, height: 800 } });

      test(`captures ${screen.name} in the ${theme} theme`, async ({ page }) => {
        await presetTheme(page, theme);
        await page.goto(screen.path);
        await screen.ready(page);
        await expect(page.locator("html")).toHaveClass(new RegExp(`(^|\\s)${theme}(\\s|$)`));
        await page.evaluate(() => document.fonts.ready);
        await page.screenshot({ path: `${outDir}${screen.name}-${theme}.png`, animations: "disabled" });
      });
    });
  }
}
