import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // In CI, name every test so the log shows which ran against PostgreSQL.
    reporters: process.env.CI ? ["verbose"] : ["default"],
    projects: [
      {
        test: {
          name: "backend",
          environment: "node",
          include: [
            "core/**/*.test.ts",
            "adapters/**/*.test.ts",
            "bench/**/*.test.ts",
            ".ci/**/*.test.ts",
            "packages/**/*.test.ts",
          ],
          // The load generator's test needs wrk on the machine: `npm run test:bench` runs it.
          exclude: ["bench/load/**", "**/node_modules/**", "**/.git/**"],
          testTimeout: 30_000,
          hookTimeout: 90_000,
        },
      },
      "web/vitest.config.ts",
    ],
  },
});
