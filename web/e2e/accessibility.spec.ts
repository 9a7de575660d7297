import { expectNoSeriousA11yViolations } from "./support/a11y.js";
import { ADMIN_STATE, ANONYMOUS } from "./support/env.js";
import { openScreen, screens } from "./support/pages.js";
import { seedSampleData } from "./support/sample-data.js";
import { expect, test } from "./support/test.js";
import { presetTheme, type Theme } from "./support/theme.js";

// The functional specs already run axe on every page in the default dark theme; this covers the light one.
const themes: Theme[] = ["light"];

// The organisation screens show the sample organisation.
test.beforeAll(async ({ request }) => {
  await seedSampleData(request);
});

for (const theme of themes) {
  test.describe(`${theme} theme`, () => {
    for (const screen of screens) {
      test.describe(screen.name, () => {
        test.use({ storageState: screen.loggedIn ? ADMIN_STATE : ANONYMOUS });

        test(`${screen.name} has no serious or critical axe violation`, async ({ page, request }) => {
          await presetTheme(page, theme);
          await openScreen(page, request, screen);
          await screen.ready(page);
          await expect(page.locator("html")).toHaveClass(new RegExp(`(^|\\s)${theme}(\\s|$)`));
          await expectNoSeriousA11yViolations(page, `${screen.name} (${theme})`);
        });
      });
    }
  });
}
