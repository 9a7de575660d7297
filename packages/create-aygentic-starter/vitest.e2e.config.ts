import { defineConfig } from "vitest/config";

/** The end-to-end creation (npm pack, npm ci, build, start): minutes, so CI runs it on its own (.ci/run). */
export default defineConfig({
  test: {
    include: ["packages/create-aygentic-starter/src/**/*.e2e.ts"],
    environment: "node",
    testTimeout: 15 * 60_000,
    hookTimeout: 15 * 60_000,
  },
});
