import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { en } from "../../../web/src/i18n/en.js";
import { parseFields } from "./fields.js";
import { resourceNames } from "./naming.js";
import { resourceFiles } from "./resource-files.js";
import { messageEntries, PluralTitle } from "./templates/messages.js";

const repository = join(import.meta.dirname, "../../..");

/** Widget → Item in every spelling the templates write, the article before it included. */
const renamed = (text: string): string =>
  text
    .replaceAll("a widget", "an item")
    .replaceAll("A widget", "An item")
    .replaceAll("Widgets", "Items")
    .replaceAll("widgets", "items")
    .replaceAll("WIDGETS", "ITEMS")
    .replaceAll("Widget", "Item")
    .replaceAll("widget", "item");

/**
 * The files that are Item's code: its tests may go further than a generated resource's, and its migration is
 * history (applied to existing databases; the search indexes came in a later migration), so neither is compared.
 */
const isCompared = (path: string): boolean =>
  !/\.(test|spec)\.tsx?$/.test(path) &&
  !path.startsWith("migrations/") &&
  !path.startsWith("adapters/contracts/") &&
  !path.startsWith("adapters/testing/");

/** The generated files, renamed and formatted by Biome with the repository's settings, by their Item path. */
function generatedAsItem(): Map<string, string> {
  const names = resourceNames("Widget");
  const fields = parseFields(["title:string(255)", "description:string(255)?"]);
  const files = resourceFiles(names, fields, "20261127100100_create_widget")
    .map((file) => ({ path: renamed(file.path), text: renamed(file.text) }))
    .filter((file) => isCompared(file.path));
  const settings = JSON.parse(readFileSync(join(repository, "biome.json"), "utf8")) as Record<string, unknown>;
  const { $schema: _schema, vcs: _vcs, ...portable } = settings;
  writeFileSync(join(folder, "biome.json"), JSON.stringify(portable));
  for (const file of files) {
    mkdirSync(dirname(join(folder, file.path)), { recursive: true });
    writeFileSync(join(folder, file.path), file.text);
  }
  const biome = join(repository, "node_modules/.bin/biome");
  const result = spawnSync(biome, ["check", "--write", ...files.map((file) => file.path)], {
    cwd: folder,
    encoding: "utf8",
  });
  if (result.status !== 0) throw new Error(`biome failed on the generated files:\n${result.stdout}${result.stderr}`);
  return new Map(files.map((file) => [file.path, readFileSync(join(folder, file.path), "utf8")]));
}

const folder = mkdtempSync(join(tmpdir(), "item-golden-"));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe("the generator and Item", () => {
  const generated = generatedAsItem();

  it.each([...generated.keys()])(
    "%s is what `Widget title:string(255) description:string(255)?` gives, renamed",
    (path) => {
      expect(generated.get(path)).toBe(readFileSync(join(repository, path), "utf8"));
    },
  );

  it("gives Item's English messages: its block in web/src/i18n/en.ts, page title, sidebar link and audit group", () => {
    const names = resourceNames("Widget");
    const entries = messageEntries(names, parseFields(["title:string(255)", "description:string(255)?"]));
    expect(Object.entries(en.items)).toEqual(entries.map(([key, text]) => [key, renamed(text)]));
    const label = renamed(PluralTitle(names));
    expect([en.title.items, en.shell.items, en.activity.groupItems]).toEqual([label, label, label]);
  });
});
