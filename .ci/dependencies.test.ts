import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";

const manifest = JSON.parse(readFileSync("package.json", "utf8"));
const lock = JSON.parse(readFileSync("package-lock.json", "utf8"));

/** Every TypeScript module the API image ships (tests and test helpers excluded). */
function runtimeModules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "testing" ? [] : runtimeModules(path);
    return path.endsWith(".ts") && !path.endsWith(".test.ts") && !path.endsWith(".d.ts") ? [path] : [];
  });
}

describe("the production dependencies", () => {
  test("leave out maildev, the local mail catcher, which the production image installs without", () => {
    expect(manifest.dependencies).not.toHaveProperty("maildev");
    expect(manifest.devDependencies).toHaveProperty("maildev");
    expect(lock.packages["node_modules/maildev"]?.dev).toBe(true);
  });

  test("no runtime module loads maildev at import time (only a dynamic import when the catcher starts)", () => {
    const staticImports = runtimeModules("adapters").filter((path) =>
      /^import (?!type )[^;]*from "maildev/m.test(readFileSync(path, "utf8")),
    );
    expect(staticImports).toEqual([]);
    expect(readFileSync("adapters/mail/local-mail-catcher.ts", "utf8")).toContain('import("maildev")');
  });

  test("turn off Scarf's install-time analytics (swagger-ui-dist's dependency) and deny its install script", () => {
    expect(lock.packages["node_modules/@scarf/scarf"]).toBeDefined();
    expect(manifest.scarfSettings).toEqual({ enabled: false });
    expect(manifest.allowScripts["@scarf/scarf"]).toBe(false);
  });

  test("every install script in the lock file is approved or denied, so npm ci installs without a warning", () => {
    const withScripts = Object.entries(lock.packages as Record<string, { hasInstallScript?: boolean }>)
      .filter(([, entry]) => entry.hasInstallScript)
      .map(([path]) => path.slice(path.lastIndexOf("node_modules/") + "node_modules/".length));
    expect(withScripts.length).toBeGreaterThan(0);
    expect(withScripts.filter((name) => typeof manifest.allowScripts[name] !== "boolean")).toEqual([]);
  });
});
