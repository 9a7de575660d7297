import { fileURLToPath } from "node:url";
import { ADMIN_STATE, ANONYMOUS } from "./support/env.js";
import { openScreen, screens } from "./support/pages.js";
import { seedSampleData } from "./support/sample-data.js";
import { expect, test } from "./support/test.js";
import { presetTheme, type Theme } from "./support/theme.js";

const outDir = fileURLToPath(new URL("../../docs/screenshots/", import.meta.url));
const themes: Theme[] = ["dark", "light"];

test.beforeAll(async ({ request }) => {
  await seedSampleData(request);
});

// The desktop shots keep their names; the phone ones (360 px wide, the whole page) end in `-360`.
const widths = [
  { width: 1280, height: 800, suffix: "", fullPage: false },
  { width: 360, height: 780, suffix: "-360", fullPage: true },
];

for (const { width, height, suffix, fullPage } of widths) {
  for (const theme of themes) {
    for (const screen of screens) {
      test.describe(`${screen.name} ${theme} ${width}`, () => {
        test.use({ storageState: screen.loggedIn ? ADMIN_STATE : ANONYMOUS, viewport: { width, height } });

        test(`captures ${screen.name} in the ${theme} theme at ${width} px`, async ({ page, request }) => {
          await presetTheme(page, theme);
          await openScreen(page, request, screen);
          await screen.ready(page);
          await expect(page.locator("html")).toHaveClass(new RegExp(`(^|\\s)${theme}(\\s|$)`));
          await page.evaluate(() => document.fonts.ready);
          await page.screenshot({
            path: `${outDir}${screen.name}-${theme}${suffix}.png`,
            animations: "disabled",
            fullPage,
          });
        });
      });
    }
  }
}
