import { existsSync } from "node:fs";
import { chmod, mkdir, readdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { withEnvValues } from "./env-file.js";
import { type GitOutcome, initialCommit } from "./git.js";
import { formatterWidth, overflowingFiles, personaliseFiles } from "./personalise.js";
import { run } from "./run-command.js";
import { generateSecrets } from "./secrets.js";
import { toSlug } from "./slug.js";
import { readSnapshot } from "./snapshot.js";
import { readTemplateTree, type TemplateFile } from "./template-files.js";

export interface CreateOptions {
  readonly target: string;
  readonly name: string;
  readonly superuser: string;
  readonly domain: string;
  /** A working tree of the starter to copy instead of the snapshot published with this package. */
  readonly from?: string;
  readonly install: boolean;
  readonly git: boolean;
  readonly log: (line: string) => void;
}

export interface CreatedProject {
  readonly files: number;
  readonly overflowing: readonly string[];
  readonly installed: boolean;
  readonly git: GitOutcome | "skipped";
}

const bundledSnapshot = fileURLToPath(new URL("../template.json.gz", import.meta.url));

async function loadTemplate(from: string | undefined): Promise<TemplateFile[]> {
  if (from) return readTemplateTree(from);
  if (!existsSync(bundledSnapshot)) throw new Error("This copy has no bundled template: pass --from <starter dir>.");
  return readSnapshot(bundledSnapshot);
}

async function writeFiles(target: string, files: readonly TemplateFile[]): Promise<void> {
  for (const { path, mode, content } of files) {
    const file = join(target, path);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, content);
    await chmod(file, mode);
  }
}

/** Whether a folder can receive a project: missing or empty. */
export const isUsableTarget = async (target: string): Promise<boolean> =>
  !existsSync(target) || (await readdir(target)).length === 0;

/** Creates a project in `target` from the starter: its files with the new identity, a `.env` with fresh secrets. */
export async function createProject(options: CreateOptions): Promise<CreatedProject> {
  const { target, name, superuser, domain, log } = options;
  if (!(await isUsableTarget(target))) throw new Error(`${target} is not empty: choose a new or empty folder.`);
  const template = await loadTemplate(options.from);
  const files = personaliseFiles(template, { name, slug: toSlug(name) }, new Date());
  await writeFiles(target, files);
  const example = files.find((file) => file.path === ".env.example")?.content.toString("utf8") ?? "";
  const env = withEnvValues(example, {
    PROJECT_NAME: name,
    FIRST_SUPERUSER: superuser,
    DOMAIN: domain,
    ...generateSecrets(),
  });
  await writeFile(join(target, ".env"), env, { mode: 0o600 });
  log(`Wrote ${files.length} files and a .env with fresh secrets to ${target}.`);

  const overflowing = overflowingFiles(template, files, formatterWidth(template));
  const installed = options.install && run("npm", ["ci", "--no-audit", "--no-fund"], target);
  if (installed && overflowing.length > 0) run("npm", ["run", "--silent", "format"], target, true);
  const git = options.git ? initialCommit(target, { name, email: superuser }) : "skipped";
  return { files: files.length, overflowing: installed ? [] : overflowing, installed, git };
}
