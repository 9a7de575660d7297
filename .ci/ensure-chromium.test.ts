import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script without type declarations
import { findChromium, HOW_TO_GET_ONE } from "../scripts/ensure-chromium.mjs";

const bundled = "/home/me/.cache/ms-playwright/chromium-1/chrome";
const present =
  (...paths: string[]) =>
  (path: string) =>
    paths.includes(path);

describe("the Chromium check before the end-to-end suite", () => {
  it("takes PLAYWRIGHT_CHROMIUM_EXECUTABLE, else the system's, else Playwright's own", () => {
    const env = { PLAYWRIGHT_CHROMIUM_EXECUTABLE: "/opt/chromium" };
    expect(findChromium(env, present("/opt/chromium", "/usr/bin/chromium"), bundled)).toBe("/opt/chromium");
    expect(findChromium({}, present("/usr/bin/chromium", bundled), bundled)).toBe("/usr/bin/chromium");
    expect(findChromium({}, present(bundled), bundled)).toBe(bundled);
    expect(findChromium(env, present(bundled), bundled)).toBe(bundled);
  });

  it("asks for a download when there is none, and the fallback message says how to get one in one line", () => {
    expect(findChromium({}, present(), bundled)).toBeNull();
    expect(HOW_TO_GET_ONE).not.toContain("\n");
    expect(HOW_TO_GET_ONE).toMatch(/apt-get install chromium.*PLAYWRIGHT_CHROMIUM_EXECUTABLE/);
  });
});
