import { describe, expect, it } from "vitest";
import { insertedLines, withoutInsertedLines } from "./line-diff.js";
import { applyInsertion } from "./resource-files.js";

const original = [
  'import { a } from "./a.js";',
  'import { c } from "./c.js";',
  "",
  "const list = [",
  "  a,",
  "  // marker",
  "];",
  "",
].join("\n");

describe("insertedLines and withoutInsertedLines", () => {
  it("find the added runs with the line after each, and take them out again", () => {
    const changed = [
      'import { a } from "./a.js";',
      'import { b } from "./b.js";',
      'import { c } from "./c.js";',
      "",
      "const list = [",
      "  a,",
      "  b,",
      "  // marker",
      "];",
      "",
    ].join("\n");
    const runs = insertedLines(original, changed);
    expect(runs).toEqual([
      { lines: ['import { b } from "./b.js";'], before: 'import { c } from "./c.js";' },
      { lines: ["  b,"], before: "  // marker" },
    ]);
    expect(withoutInsertedLines(changed, runs)).toBe(original);
  });

  it("still finds a run after other edits moved it, when it occurs once", () => {
    const runs = [{ lines: ["  b,"], before: "  // marker" }];
    const edited = original.replace("  a,", "  a,\n  b,\n  z,");
    expect(withoutInsertedLines(edited, runs)).toBe(original.replace("  a,", "  a,\n  z,"));
  });

  it("refuses a change that removed a line, and a run it cannot place", () => {
    expect(() => insertedLines(original, original.replace("  a,\n", ""))).toThrow(/lost or changed/);
    expect(() => withoutInsertedLines(original, [{ lines: ["  b,"], before: null }])).toThrow(/exactly one place/);
  });
});

describe("applyInsertion", () => {
  it("adds imports after the last import and lines before the marker, at its indent", () => {
    const text = applyInsertion(original, {
      path: "list.ts",
      imports: ['import { b } from "./b.js";'],
      marker: "// marker",
      lines: ["b,"],
    });
    expect(text).toBe(
      original
        .replace('"./c.js";', '"./c.js";\nimport { b } from "./b.js";')
        .replace("  // marker", "  b,\n  // marker"),
    );
  });

  it("names a missing marker", () => {
    expect(() => applyInsertion("", { path: "x.ts", marker: "// nowhere", lines: ["x"] })).toThrow(
      /x.ts has no marker/,
    );
  });
});
