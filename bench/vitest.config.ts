import { defineConfig } from "vitest/config";

/** The bench's own checks that need its tools on the machine (wrk): `npm run test:bench`, apart from `npm test`. */
export default defineConfig({
  test: {
    name: "bench-tools",
    environment: "node",
    include: ["bench/load/**/*.test.ts"],
    testTimeout: 30_000,
  },
});
