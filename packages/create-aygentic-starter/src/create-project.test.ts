import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createProject } from "./create-project.js";
import { readEnvValue } from "./env-file.js";
import { listTemplatePaths } from "./template-files.js";

const starterTree: Record<string, string> = {
  ".gitignore": "node_modules/\n.env\n",
  ".env.example":
    'PROJECT_NAME="Aygentic Starter"\nSECRET_KEY=changethis\nDOMAIN=localhost\nSTACK_NAME=aygentic-starter\n',
  "package.json": '{"name":"aygentic-starter","version":"1.2.3"}\n',
  "README.md": "# Aygentic Starter\n",
  "core/app.ts": 'export const name = "Aygentic Starter";\n',
  "docs/screenshots/login.png": "\0png",
  "packages/create-aygentic-starter/package.json": "{}\n",
  "node_modules/koa/index.js": "ignored by git\n",
  ".env": "SECRET_KEY=the-starter-own\n",
};

async function writeTree(root: string, tree: Record<string, string>): Promise<void> {
  for (const [path, text] of Object.entries(tree)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), text);
  }
}

const copied = [".env.example", ".gitignore", "README.md", "core/app.ts", "package.json"];

const git = (cwd: string, ...args: string[]) => execFileSync("git", args, { cwd, encoding: "utf8" });

describe("createProject", () => {
  let work = "";
  let starter = "";
  const options = { name: "Acme Portal", superuser: "admin@acme.test", domain: "acme.test", install: false, log() {} };

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), "create-project-"));
    starter = join(work, "starter");
    await writeTree(starter, starterTree);
    await writeFile(join(starter, "run.sh"), "#!/bin/sh\n", { mode: 0o755 });
    git(starter, "init", "--quiet");
    git(starter, "add", ".gitignore", "package.json", "README.md", "core", "docs", "packages", "run.sh");
    // .env.example stays untracked: a working tree's new files are part of the template too.
  });
  afterAll(() => rm(work, { recursive: true, force: true }));

  test("copies the working tree as git sees it, minus the starter's own files", async () => {
    expect(await listTemplatePaths(starter)).toEqual([...copied, "run.sh"]);
  });

  test("without git, walks the tree and still leaves out installs and secrets", async () => {
    const plain = join(work, "plain");
    await writeTree(plain, starterTree);
    expect(await listTemplatePaths(plain)).toEqual(copied);
  });

  test("writes the project with its name, a .env of fresh secrets and a first commit without the .env", async () => {
    const target = join(work, "acme");
    const created = await createProject({ ...options, target, from: starter, git: true });
    expect(created).toMatchObject({ files: 6, git: "committed", installed: false, overflowing: [] });
    expect(await readFile(join(target, "core/app.ts"), "utf8")).toBe('export const name = "Acme Portal";\n');
    expect((await stat(join(target, "run.sh"))).mode & 0o777).toBe(0o755);
    const env = await readFile(join(target, ".env"), "utf8");
    expect(readEnvValue(env, "PROJECT_NAME")).toBe("Acme Portal");
    expect(readEnvValue(env, "DOMAIN")).toBe("acme.test");
    expect(readEnvValue(env, "FIRST_SUPERUSER")).toBe("admin@acme.test");
    expect(readEnvValue(env, "STACK_NAME")).toBe("acme-portal");
    expect(readEnvValue(env, "SECRET_KEY")).toMatch(/^[\w-]{43}$/);
    expect(readEnvValue(env, "FIRST_SUPERUSER_PASSWORD")).toMatch(/^[\w-]{24}$/);
    expect((await stat(join(target, ".env"))).mode & 0o777).toBe(0o600);
    expect(git(target, "ls-files").split("\n")).not.toContain(".env");
    expect(git(target, "log", "--format=%s")).toBe("Start from create-aygentic-starter\n");
  });

  test("refuses a folder that is not empty, and leaves it alone", async () => {
    const target = join(work, "busy");
    await writeTree(target, { "mine.txt": "keep me\n" });
    await expect(createProject({ ...options, target, from: starter, git: false })).rejects.toThrow(
      `${target} is not empty`,
    );
    expect(existsSync(join(target, "package.json"))).toBe(false);
  });

  test("makes no repository with git turned off", async () => {
    const target = join(work, "no-git");
    expect(await createProject({ ...options, target, from: starter, git: false })).toMatchObject({ git: "skipped" });
    expect(existsSync(join(target, ".git"))).toBe(false);
  });
});
