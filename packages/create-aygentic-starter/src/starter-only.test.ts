import { describe, expect, test } from "vitest";
import { belongsInNewProject } from "./starter-only.js";

describe("belongsInNewProject", () => {
  test.each([
    "package.json",
    ".env.example",
    ".gitignore",
    "core/items/item.ts",
    "docs/email/new-account.png",
    "docs/performance.md",
    "web/src/routes/login.tsx",
    "adapters/http/generated/routes.ts",
  ])("keeps %s", (path) => {
    expect(belongsInNewProject(path)).toBe(true);
  });

  test.each([
    "packages/create-aygentic-starter/package.json",
    "docs/screenshots/login-dark.png",
    "docs/guides/starting-a-project.md",
    "CHANGELOG.md",
    "node_modules/koa/package.json",
    "web/node_modules/x/index.js",
    ".git/HEAD",
    "dist/adapters/main.js",
    "web/dist/index.html",
    ".data/pglite/PG_VERSION",
    "coverage/index.html",
    "test-results/report.json",
    "web/playwright-report/index.html",
    "bench/results/run.json",
    ".env",
  ])("drops %s", (path) => {
    expect(belongsInNewProject(path)).toBe(false);
  });
});
