import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { InsertedLines } from "./line-diff.js";

/** What `new:resource` wrote, so `remove:resource` takes out exactly that: its files and its lines. */
export interface ResourceManifest {
  /** The command's arguments, to regenerate the resource after changing the generator. */
  readonly command: readonly string[];
  readonly files: readonly string[];
  readonly insertions: readonly { readonly path: string; readonly runs: readonly InsertedLines[] }[];
}

/** The folder of the manifests, one per generated resource (`project.json`), relative to the repository. */
export const MANIFESTS = "packages/resource-generator/resources";

export const manifestPath = (kebab: string): string => `${MANIFESTS}/${kebab}.json`;

export function readManifest(root: string, kebab: string): ResourceManifest {
  const file = join(root, manifestPath(kebab));
  if (!existsSync(file)) {
    const known = existsSync(join(root, MANIFESTS)) ? readdirSync(join(root, MANIFESTS)) : [];
    const names = known.map((name) => name.replace(/\.json$/, "")).join(", ") || "none";
    throw new Error(`No generated resource ${kebab} (${manifestPath(kebab)}); generated ones: ${names}`);
  }
  return JSON.parse(readFileSync(file, "utf8")) as ResourceManifest;
}
