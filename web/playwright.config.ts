import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { defineConfig, devices } from "@playwright/test";
import { ADMIN_STATE, e2eEnv } from "./e2e/support/env.js";

const repoRoot = fileURLToPath(new URL("..", import.meta.url));
const systemChromium = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE ?? "/usr/bin/chromium";
const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
// E2E_SKIP_BUILD=1 reuses an existing dist/ (faster local iterations). The build's output goes to stderr so its
// errors show up; the server's stdout (one JSON line per request) is dropped.
const serverCommand =
  process.env.E2E_SKIP_BUILD === "1"
    ? "node dist/adapters/main.js"
    : "npm run build --silent 1>&2 && node dist/adapters/main.js";

const desktop = {
  ...devices["Desktop Chrome"],
  viewport: { width: 1280, height: 800 },
  launchOptions: {
    args: chromiumArgs,
    ...(existsSync(systemChromium) ? { executablePath: systemChromium } : {}),
  },
};

export default defineConfig({
  testDir: "./e2e",
  outputDir: "./test-results",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"], ["html", { outputFolder: "playwright-report", open: "never" }]] : "list",
  use: {
    baseURL: e2eEnv.baseUrl,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    { name: "setup", testMatch: /auth\.setup\.ts/, use: desktop },
    {
      name: "chromium",
      testMatch: /.*\.spec\.ts/,
      dependencies: ["setup"],
      use: { ...desktop, storageState: ADMIN_STATE },
    },
    {
      name: "screenshots",
      testMatch: /.*\.shot\.ts/,
      dependencies: ["setup"],
      default: false,
      fullyParallel: false,
      use: { ...desktop, storageState: ADMIN_STATE },
    },
  ],
  webServer: {
    command: serverCommand,
    cwd: repoRoot,
    url: `${e2eEnv.baseUrl}/api/v1/utils/health-check/`,
    timeout: 300_000,
    reuseExistingServer: !process.env.CI && process.env.E2E_REUSE_SERVER === "1",
    stdout: "ignore",
    stderr: "pipe",
    env: {
      PORT: String(e2eEnv.port),
      HOST: "127.0.0.1",
      ENVIRONMENT: "local",
      DATABASE_URL: "memory://",
      FRONTEND_HOST: e2eEnv.baseUrl,
      LOCAL_MAIL_CATCHER: "true",
      MAIL_CATCHER_SMTP_PORT: String(e2eEnv.mailSmtpPort),
      MAIL_CATCHER_WEB_PORT: String(e2eEnv.mailWebPort),
      FIRST_SUPERUSER: e2eEnv.superuser.email,
      FIRST_SUPERUSER_PASSWORD: e2eEnv.superuser.password,
      PROJECT_NAME: e2eEnv.projectName,
      // Any free port: suites running side by side would collide on the default 9464.
      METRICS_PORT: "0",
    },
  },
});
