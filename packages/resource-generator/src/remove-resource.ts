import { existsSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { withoutInsertedLines } from "./line-diff.js";
import { MANIFESTS, manifestPath, readManifest } from "./manifest.js";
import { resourceNames } from "./naming.js";
import { regenerate } from "./run.js";

/** Removes a folder left empty, and its parents up to the repository. */
function removeEmptyFolders(root: string, folder: string): void {
  let current = folder;
  while (current !== "." && current !== "" && existsSync(join(root, current))) {
    if (readdirSync(join(root, current)).length > 0) return;
    rmdirSync(join(root, current));
    current = dirname(current);
  }
}

/** Takes out what `new:resource` added for `name`: its files, its lines in the existing files, and regenerates. */
export function removeResource(root: string, name: string, options: { generate?: boolean } = {}): string[] {
  const { kebab } = resourceNames(name);
  const manifest = readManifest(root, kebab);
  const edited = manifest.insertions.map(({ path, runs }) => ({
    path,
    text: withoutInsertedLines(readFileSync(join(root, path), "utf8"), runs),
  }));
  for (const { path, text } of edited) writeFileSync(join(root, path), text);
  for (const file of manifest.files) {
    rmSync(join(root, file), { force: true });
    removeEmptyFolders(root, dirname(file));
  }
  rmSync(join(root, manifestPath(kebab)));
  removeEmptyFolders(root, MANIFESTS);
  if (options.generate ?? true) regenerate(root);
  return [...manifest.files, ...edited.map(({ path }) => path)];
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const [name] = process.argv.slice(2);
  try {
    if (name === undefined) throw new Error("Usage: npm run remove:resource -- <Name>");
    const removed = removeResource(process.cwd(), name);
    console.log(
      `Removed or restored:\n  ${removed.join("\n  ")}\nand regenerated the OpenAPI document and the client.`,
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
