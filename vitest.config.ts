import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "backend",
          environment: "node",
          include: ["core/**/*.test.ts", "adapters/**/*.test.ts", "bench/**/*.test.ts", ".ci/**/*.test.ts"],
          testTimeout: 30_000,
          hookTimeout: 90_000,
        },
      },
      "web/vitest.config.ts",
    ],
  },
});
