import { expectNoSeriousA11yViolations } from "./support/a11y.js";
import { ADMIN_STATE, ANONYMOUS } from "./support/env.js";
import { screens } from "./support/pages.js";
import { expect, test } from "./support/test.js";
import { presetTheme, type Theme } from "./support/theme.js";

// The functional specs already run axe on every page in the default dark theme; this covers the light one.
const themes: Theme[] = ["light"];

for (const theme of themes) {
  test.describe(`${theme} theme`, () => {
    for (const screen of screens) {
      test.describe(screen.name, () => {
        test.use({ storageState: screen.loggedIn ? ADMIN_STATE : ANONYMOUS });

        test(`${screen.name} has no serious or critical axe violation`, async ({ page }) => {
          await presetTheme(page, theme);
          await page.goto(screen.path);
          await screen.ready(page);
          await expect(page.locator("html")).toHaveClass(new RegExp(`(^|\\s)${theme}(\\s|$)`));
          await expectNoSeriousA11yViolations(page, `${screen.name} (${theme})`);
        });
      });
    }
  });
}
