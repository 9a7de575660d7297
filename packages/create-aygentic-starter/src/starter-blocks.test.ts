import { describe, expect, test } from "vitest";
import { withoutStarterBlocks } from "./starter-blocks.js";

describe("withoutStarterBlocks", () => {
  test("drops each marked block, markers included, in any comment syntax", () => {
    const script =
      "a\n# starter-only:begin\nstarter step\n# starter-only:end\nb\n<!-- starter-only:begin -->\nx\n<!-- starter-only:end -->\nc\n";
    expect(withoutStarterBlocks(script)).toBe("a\nb\nc\n");
  });

  test("drops a block that ends the file without a newline", () => {
    expect(withoutStarterBlocks("a\n// starter-only:begin\nx\n// starter-only:end")).toBe("a\n");
  });

  test("leaves unmarked text alone", () => {
    expect(withoutStarterBlocks("starter-only is just a word\n")).toBe("starter-only is just a word\n");
  });
});
