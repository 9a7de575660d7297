import { ADMIN_STATE, ANONYMOUS } from "./support/env.js";
import { openScreen, screens } from "./support/pages.js";
import { seedSampleData } from "./support/sample-data.js";
import { expect, test } from "./support/test.js";
import { presetTheme, type Theme } from "./support/theme.js";

const widths = [360, 1280];
const themes: Theme[] = ["light", "dark"];

/** How much wider the document is than the viewport (0 when nothing scrolls sideways). */
const sidewaysOverflow = (page: import("@playwright/test").Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

test.beforeAll(async ({ request }) => {
  await seedSampleData(request);
});

for (const width of widths) {
  for (const theme of themes) {
    test.describe(`${width} px, ${theme} theme`, () => {
      for (const screen of screens) {
        test.describe(screen.name, () => {
          test.use({
            storageState: screen.loggedIn ? ADMIN_STATE : ANONYMOUS,
            viewport: { width, height: 800 },
          });

          test(`${screen.name} does not scroll sideways`, async ({ page, request }) => {
            await presetTheme(page, theme);
            await openScreen(page, request, screen);
            await screen.ready(page);
            const overflow = await sidewaysOverflow(page);
            test.info().annotations.push({ type: "document width", description: `${width + overflow} px` });
            expect(overflow, `${screen.name} is wider than ${width} px`).toBeLessThanOrEqual(0);
          });
        });
      }
    });
  }
}
