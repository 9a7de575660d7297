import { describe, expect, it } from "vitest";
import { spaPath } from "./identity-shapes.js";

describe("the next path of a sign-in", () => {
  it("keeps a path of the app with its query and fragment", () => {
    expect(spaPath("/items?page=2#top")).toBe("/items?page=2#top");
    expect(spaPath(undefined)).toBeNull();
    expect(spaPath("")).toBeNull();
  });

  it("refuses anything a browser could read as another origin", () => {
    for (const next of [
      "https://evil.example/",
      "//evil.example",
      "/\\evil.example",
      "evil",
      "/\t/evil.example",
      "javascript:alert(1)",
    ]) {
      expect(spaPath(next), next).toBe(false);
    }
  });
});
