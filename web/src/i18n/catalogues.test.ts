import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { flatten } from "@solid-primitives/i18n";
import { describe, expect, it } from "vitest";
import { de } from "./de.js";
import { en } from "./en.js";
import { browserLocale, LOCALES, localeName } from "./index.js";

// The DOM test environment gives no file URL of this module: the sources are found from where Vitest runs.
const srcDir = resolve(existsSync("web/src") ? "web/src" : "src");

const sourcesOf = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === "i18n" ? [] : sourcesOf(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });

const leaves = (messages: Record<string, unknown>): Record<string, string> =>
  Object.fromEntries(Object.entries(flatten(messages)).filter(([, value]) => typeof value === "string")) as Record<
    string,
    string
  >;

const placeholders = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((match) => match[1]).sort();

describe("the message catalogues", () => {
  const english = leaves(en);
  const german = leaves(de);

  it("use every English key somewhere in the app, by its literal name", () => {
    const code = sourcesOf(srcDir)
      .map((path) => readFileSync(path, "utf8"))
      .join("\n");
    const unused = Object.keys(english).filter((key) => key !== "language.name" && !code.includes(`"${key}"`));
    expect(unused).toEqual([]);
  });

  it("give German every English key, none empty, with the same placeholders", () => {
    expect(Object.keys(german).sort()).toEqual(Object.keys(english).sort());
    for (const [key, text] of Object.entries(english)) {
      expect(german[key]?.trim(), key).not.toBe("");
      expect(placeholders(german[key] ?? ""), key).toEqual(placeholders(text));
    }
  });
});

describe("the language picker", () => {
  it("names each language as its own catalogue does", () => {
    expect(LOCALES.map(localeName)).toEqual([en.language.name, de.language.name]);
  });
});

describe("the browser's language", () => {
  it("picks the first preferred language the app speaks, regions aside, else English", () => {
    expect(browserLocale(["de-AT", "en-US"])).toBe("de");
    expect(browserLocale(["fr-FR", "DE"])).toBe("de");
    expect(browserLocale(["fr-FR", "es"])).toBe("en");
    expect(browserLocale([])).toBe("en");
  });
});
