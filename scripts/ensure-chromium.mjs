// Before the end-to-end suite (`npm test`, `npm run test:e2e`): make sure there is a Chromium to drive. Uses the
// one web/playwright.config.ts would pick (PLAYWRIGHT_CHROMIUM_EXECUTABLE, else /usr/bin/chromium, else
// Playwright's own); when there is none, downloads Playwright's; when that fails too, says in one line what to do.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const HOW_TO_GET_ONE =
  "No Chromium for the end-to-end tests and Playwright could not download one: install one (e.g. `apt-get install chromium`) or set PLAYWRIGHT_CHROMIUM_EXECUTABLE to a Chromium binary, then run the tests again.";

/** The Chromium to use, or null when Playwright's has to be downloaded first. */
export function findChromium(env, exists, bundledPath) {
  const system = env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ?? "/usr/bin/chromium";
  if (exists(system)) return system;
  return exists(bundledPath) ? bundledPath : null;
}

async function main() {
  const { chromium } = await import("@playwright/test");
  if (findChromium(process.env, existsSync, chromium.executablePath())) return;
  process.stderr.write("No Chromium found: downloading Playwright's (npx playwright install chromium)\n");
  // Its output stays captured: on failure it is a stack trace; the line below says what to do instead.
  const install = spawnSync("node_modules/.bin/playwright", ["install", "chromium"], { stdio: "pipe" });
  if (install.status === 0 && existsSync(chromium.executablePath())) return;
  process.stderr.write(`${HOW_TO_GET_ONE}\n`);
  process.exit(1);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
