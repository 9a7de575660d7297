import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { describe, expect, test } from "vitest";

// The project stands alone: a user of it has the repository and nothing else, so no file may send a reader to a
// document outside it. The patterns are spelled in pieces so this file does not match them itself.
const contract = ["SP", "EC"].join("");
const outsideDocuments = [
  new RegExp(`${contract}\\.md`, "i"),
  new RegExp(`\\b${contract}\\s*§`),
  new RegExp(`\\b(${["STACK", "ARCHITECTURE"].join("|")})\\.md\\b`),
  new RegExp(["", "work", "shared"].join("/")),
];

const root = process.cwd();
const tracked = execFileSync("git", ["ls-files", "-z"], { encoding: "utf8" })
  .split("\0")
  .filter((path) => path !== "" && existsSync(path));

/** The text of a tracked file, or null for a binary one (images, fonts). */
function textOf(path: string): string | null {
  const bytes = readFileSync(path);
  return bytes.includes(0) ? null : bytes.toString("utf8");
}

const texts = tracked.flatMap((path) => {
  const text = textOf(path);
  return text === null ? [] : [{ path, text }];
});

describe("the repository is self-contained", () => {
  test("reads the tracked files", () => {
    expect(texts.length).toBeGreaterThan(100);
  });

  test("no file cites a document outside the repository", () => {
    const citing = texts.flatMap(({ path, text }) =>
      text
        .split("\n")
        .flatMap((line, index) =>
          outsideDocuments.some((pattern) => pattern.test(line)) ? [`${path}:${index + 1}: ${line.trim()}`] : [],
        ),
    );
    expect(citing).toEqual([]);
  });

  test("no relative path climbs out of the repository to a `shared` folder", () => {
    const escaping = texts.flatMap(({ path, text }) =>
      [...text.matchAll(/(?:\.\.\/)+shared\b/g)].flatMap(([climb]) => {
        const target = resolve(root, dirname(path), climb);
        return relative(root, target).startsWith("..") ? [`${path}: ${climb}`] : [];
      }),
    );
    expect(escaping).toEqual([]);
  });

  test("every docs/ page a file names exists (test fixtures aside)", () => {
    const missing = texts
      .filter(({ path }) => !path.endsWith(".test.ts"))
      .flatMap(({ path, text }) =>
        [...text.matchAll(/(?<![\w./-])docs\/[\w./-]+\.md\b/g)].flatMap(([page]) =>
          existsSync(resolve(root, page)) ? [] : [`${path}: ${page}`],
        ),
      );
    expect(missing).toEqual([]);
  });
});
