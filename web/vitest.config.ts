import { fileURLToPath } from "node:url";
import solid from "vite-plugin-solid";
import { defineProject } from "vitest/config";

export default defineProject({
  root: fileURLToPath(new URL(".", import.meta.url)),
  plugins: [solid()],
  resolve: { conditions: ["development", "browser"] },
  test: {
    name: "web",
    environment: "jsdom",
    include: ["src/**/*.test.tsx", "src/**/*.test.ts", "build/**/*.test.ts"],
    setupFiles: ["./src/test-setup.ts"],
  },
});
