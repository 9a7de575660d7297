import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { belongsInNewProject } from "./starter-only.js";

export interface TemplateFile {
  readonly path: string;
  readonly mode: number;
  readonly content: Buffer;
}

/** The working tree's files as git sees them: tracked plus new untracked ones, ignored ones left out. */
function gitListing(root: string): string[] | null {
  if (!existsSync(join(root, ".git"))) return null;
  const result = spawnSync("git", ["ls-files", "--cached", "--others", "--exclude-standard", "-z"], {
    cwd: root,
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) return null;
  return result.stdout.split("\0").filter((path) => path !== "" && existsSync(join(root, path)));
}

async function walk(root: string, dir = root): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === ".git" || entry.name === "node_modules" ? [] : walk(root, path);
      return entry.isFile() ? [relative(root, path).split(sep).join("/")] : [];
    }),
  );
  return nested.flat();
}

/** The paths of a source tree that make a new project (git's view when it is a repository, else a walk). */
export async function listTemplatePaths(root: string): Promise<string[]> {
  const paths = gitListing(root) ?? (await walk(root));
  return paths.filter(belongsInNewProject).sort();
}

/** The template files of a working tree, read into memory (the repository is a few megabytes). */
export async function readTemplateTree(root: string): Promise<TemplateFile[]> {
  const paths = await listTemplatePaths(root);
  return Promise.all(
    paths.map(async (path) => {
      const file = join(root, path);
      const [content, info] = await Promise.all([readFile(file), stat(file)]);
      return { path, mode: info.mode & 0o777, content };
    }),
  );
}
