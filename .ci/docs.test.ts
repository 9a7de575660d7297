import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { describe, expect, test } from "vitest";

const docs = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? docs(join(dir, entry.name)) : entry.name.endsWith(".md") ? [join(dir, entry.name)] : [],
  );
const pages = docs("docs");

/** GitHub-style heading anchors of a Markdown file. */
const anchors = (file: string): string[] =>
  [...readFileSync(file, "utf8").matchAll(/^#+\s+(.*)$/gm)].map(([, title]) =>
    (title as string)
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s-]/gu, "")
      .replace(/\s/g, "-"),
  );

describe("docs/", () => {
  test.each([
    "architecture/overview.md",
    "architecture/decisions/README.md",
    "api/overview.md",
    "data/models.md",
    "deployment/environments.md",
    "testing/strategy.md",
  ])("has %s", (page) => {
    expect(existsSync(join("docs", page))).toBe(true);
  });

  test.each(pages)("%s links only to files and headings that exist", (page) => {
    const text = readFileSync(page, "utf8").replace(/```[\s\S]*?```/g, "");
    for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^(https?:|mailto:)/.test(target as string)) continue;
      const [path, anchor] = (target as string).split("#");
      const file = path ? resolve(dirname(page), path) : resolve(page);
      expect(existsSync(file), `${page} → ${target}`).toBe(true);
      if (anchor) expect(anchors(file), `${page} → ${target}`).toContain(anchor);
    }
  });

  test("lists every decision record in the decisions index", () => {
    const index = readFileSync("docs/architecture/decisions/README.md", "utf8");
    const records = readdirSync("docs/architecture/decisions").filter((name) => /^\d{4}-.*\.md$/.test(name));
    expect(records.length).toBeGreaterThanOrEqual(5);
    for (const record of records) expect(index).toContain(`](${record})`);
  });
});
