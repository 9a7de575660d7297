import { describe, expect, test } from "vitest";
import { formatterWidth, overflowingFiles, personaliseFiles } from "./personalise.js";
import type { TemplateFile } from "./template-files.js";

const file = (path: string, text: string | Buffer, mode = 0o644): TemplateFile => ({
  path,
  mode,
  content: typeof text === "string" ? Buffer.from(text) : text,
});
const acme = { name: "Acme Portal Enterprise Edition", slug: "acme-portal-enterprise-edition" };
const created = new Date("2026-11-30T00:00:00Z");

describe("personaliseFiles", () => {
  test("renames the starter in text files and leaves binary files and modes alone", () => {
    const png = Buffer.from([0x89, 0x50, 0, 0x61, ...Buffer.from("aygentic")]);
    const [script, image] = personaliseFiles(
      [file(".ci/run", 'db="aygentic_ci_test"\n', 0o755), file("logo.png", png)],
      acme,
      created,
    );
    expect(script).toEqual(file(".ci/run", 'db="acme_portal_enterprise_edition_ci_test"\n', 0o755));
    expect(image?.content).toEqual(png);
  });

  test("gives package.json, the README and the performance page their project-specific edits", () => {
    const [manifest, readme, performance] = personaliseFiles(
      [
        file("package.json", '{"name":"aygentic-starter","version":"2.0.0"}'),
        file("README.md", "# Aygentic Starter\n\nText.\n"),
        file("docs/performance.md", "# Perf\n\n## Latest run\n\n| 1 |\n"),
      ],
      acme,
      created,
    );
    expect(JSON.parse(manifest?.content.toString() ?? "")).toMatchObject({ name: acme.slug, version: "0.1.0" });
    expect(readme?.content.toString()).toMatch(/^# Acme Portal Enterprise Edition\n\nGenerated from /);
    expect(performance?.content.toString()).not.toContain("| 1 |");
  });
});

describe("overflowingFiles", () => {
  const before = [
    file("a.test.ts", `expect(x).toBe("Aygentic Starter - ${"x".repeat(60)}");\nshort\n`),
    file("docs/a.md", `Aygentic Starter ${"x".repeat(110)}\n`),
    file("b.ts", `const long = "${"x".repeat(130)}";\n`),
  ];

  test("lists the formatted files where the longer name pushed a line past the width", () => {
    expect(overflowingFiles(before, personaliseFiles(before, acme, created), 100)).toEqual(["a.test.ts"]);
  });

  test("lists nothing when the name fits", () => {
    const short = { name: "Acme", slug: "acme" };
    expect(overflowingFiles(before, personaliseFiles(before, short, created), 100)).toEqual([]);
  });
});

describe("formatterWidth", () => {
  test("comes from biome.json, else Biome's default", () => {
    expect(formatterWidth([file("biome.json", '{"formatter":{"lineWidth":120}}')])).toBe(120);
    expect(formatterWidth([file("biome.json", "{}")])).toBe(80);
    expect(formatterWidth([])).toBe(80);
  });
});
