import { readFile, writeFile } from "node:fs/promises";
import { promisify } from "node:util";
import { gunzip, gzip } from "node:zlib";
import type { TemplateFile } from "./template-files.js";

interface SnapshotEntry {
  readonly path: string;
  readonly mode: number;
  readonly base64: string;
}

/**
 * The published template is one gzipped JSON file rather than a folder: npm pack would drop `.gitignore` and
 * `package-lock.json` from a folder and honour the template's own ignore files.
 */
export async function writeSnapshot(file: string, files: readonly TemplateFile[]): Promise<void> {
  const entries: SnapshotEntry[] = files.map(({ path, mode, content }) => ({
    path,
    mode,
    base64: content.toString("base64"),
  }));
  await writeFile(file, await promisify(gzip)(JSON.stringify(entries), { level: 9 }));
}

export async function readSnapshot(file: string): Promise<TemplateFile[]> {
  const entries = JSON.parse((await promisify(gunzip)(await readFile(file))).toString("utf8")) as SnapshotEntry[];
  return entries.map(({ path, mode, base64 }) => ({ path, mode, content: Buffer.from(base64, "base64") }));
}
