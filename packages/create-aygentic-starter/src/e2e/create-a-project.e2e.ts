import { existsSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { stripVTControlCharacters } from "node:util";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { readEnvValue } from "../env-file.js";
import { listTemplatePaths } from "../template-files.js";
import { cleanEnv, exec, freePort, startDetached, waitForOk } from "./commands.js";

const packageDir = resolve(import.meta.dirname, "../..");
const repoRoot = resolve(packageDir, "../..");
const name = "Acme Customer Portal";
const slug = "acme-customer-portal";

/** The one place the new project may still name the starter: where it came from. */
const allowedMentions = [/^README\.md:Generated from \[create-aygentic-starter\]\(https:\/\/www\.npmjs\.com\//];

describe("npm create aygentic-starter", () => {
  let work = "";
  let acme = "";
  let beta = "";
  let createOutput = "";
  const timings: string[] = [];

  const timed = async <T>(label: string, step: () => Promise<T>): Promise<T> => {
    const start = Date.now();
    const result = await step();
    timings.push(`${label}: ${((Date.now() - start) / 1000).toFixed(0)} s`);
    return result;
  };
  const env = async (dir: string) => readFile(join(dir, ".env"), "utf8");

  beforeAll(async () => {
    work = await mkdtemp(join(tmpdir(), "create-starter-e2e-"));
    acme = join(work, "acme");
    beta = join(work, "beta");
    await timed("npm pack (build + snapshot)", () => exec("npm", ["pack", "--pack-destination", work], packageDir));
    const [tarball] = (await readdir(work)).filter((file) => file.endsWith(".tgz"));
    // The published path: what `npm create aygentic-starter` runs, from the packed tarball and its snapshot.
    const flags = ["--name", name, "--superuser", "admin@acme.test", "--domain", "acme.test", "--install", "--yes"];
    const bin = ["exec", "--yes", `--package=${join(work, tarball as string)}`, "--", "create-aygentic-starter"];
    createOutput = await timed("create with --install (npm ci + format)", () =>
      exec("npm", [...bin, "acme", ...flags], work),
    );
    // The working-tree path (--from), with every default.
    const tsx = join(repoRoot, "node_modules/.bin/tsx");
    await exec(tsx, [join(packageDir, "src/bin.ts"), beta, "--from", repoRoot, "--yes"], work);
  });

  afterAll(async () => {
    console.log(`create-aygentic-starter end to end:\n  ${timings.join("\n  ")}`);
    await rm(work, { recursive: true, force: true });
  });

  test("copies the starter's files, minus its own, into a first commit", async () => {
    const committed = (await exec("git", ["ls-files"], acme)).trim().split("\n");
    expect(committed).toEqual(await listTemplatePaths(repoRoot));
    expect(committed).not.toContain(".env");
    const starterOwn = (path: string) =>
      path.startsWith("docs/screenshots/") || path.startsWith("packages/create-aygentic-starter/");
    expect(committed.some(starterOwn)).toBe(false);
    // The resource generator comes along: a project adds its resources with it.
    expect(committed).toContain("packages/resource-generator/src/new-resource.ts");
    expect(await exec("git", ["status", "--porcelain"], acme)).toBe("");
    expect(await readFile(join(acme, "docs/performance.md"), "utf8")).toContain("None yet for this project");
  });

  test("names the project and gives it fresh secrets", async () => {
    const manifest = JSON.parse(await readFile(join(acme, "package.json"), "utf8"));
    expect(manifest).toMatchObject({ name: slug, version: "0.1.0", description: name });
    const [acmeEnv, betaEnv] = [await env(acme), await env(beta)];
    expect(readEnvValue(acmeEnv, "PROJECT_NAME")).toBe(name);
    expect(readEnvValue(acmeEnv, "FIRST_SUPERUSER")).toBe("admin@acme.test");
    expect(readEnvValue(acmeEnv, "DOMAIN")).toBe("acme.test");
    expect(readEnvValue(acmeEnv, "STACK_NAME")).toBe(slug);
    expect(readEnvValue(betaEnv, "PROJECT_NAME")).toBe("Beta");
    expect(readEnvValue(betaEnv, "FIRST_SUPERUSER")).toBe("admin@example.com");
    for (const key of ["SECRET_KEY", "FIRST_SUPERUSER_PASSWORD", "POSTGRES_PASSWORD"]) {
      const [ours, theirs] = [readEnvValue(acmeEnv, key), readEnvValue(betaEnv, key)];
      expect(ours?.length, key).toBeGreaterThanOrEqual(key === "SECRET_KEY" ? 32 : 24);
      expect(ours, key).not.toBe(theirs);
      expect(ours, key).not.toBe("changethis");
    }
    expect(createOutput).toContain("admin@acme.test is on a special-use domain");
  });

  test("leaves nothing of the starter's identity but where it came from", async () => {
    const grep = await exec("git", ["grep", "-I", "-i", "-n", "--no-color", "aygentic"], acme).catch(() => "");
    const mentions = grep
      .trim()
      .split("\n")
      .filter(Boolean)
      .map((line) => line.replace(/^([^:]+):\d+:/, "$1:"));
    expect(mentions.filter((line) => !allowedMentions.some((allowed) => allowed.test(line)))).toEqual([]);
    expect(mentions).toHaveLength(1);
    expect(existsSync(join(acme, "packages/create-aygentic-starter"))).toBe(false);
  });

  test("passes its own lint, typecheck and core unit tests", async () => {
    await timed("npm run lint", () => exec("npm", ["run", "lint"], acme));
    await timed("npm run typecheck", () => exec("npm", ["run", "typecheck"], acme));
    const core = await timed("npx vitest run core", () => exec("npx", ["vitest", "run", "core"], acme));
    expect(stripVTControlCharacters(core)).toMatch(/Tests\s+\d+ passed/);
  });

  test("starts with npm start: health, its name in the API and its superuser's login", async () => {
    const port = await freePort();
    const server = startDetached("npm", ["start"], acme, cleanEnv({ PORT: String(port), LOCAL_MAIL_CATCHER: "false" }));
    try {
      const base = `http://127.0.0.1:${port}/api/v1`;
      const health = await timed("npm start until healthy (build included)", () =>
        waitForOk(`${base}/utils/health-check/`, 10 * 60_000, server.output),
      );
      expect(await health.json()).toBe(true);
      const openapi = (await (await fetch(`${base}/openapi.json`)).json()) as { info: { title: string } };
      expect(openapi.info.title).toBe(name);
      const password = readEnvValue(await env(acme), "FIRST_SUPERUSER_PASSWORD") ?? "";
      const login = await fetch(`${base}/login/access-token`, {
        method: "POST",
        body: new URLSearchParams({ username: "admin@acme.test", password }),
      });
      expect(login.status).toBe(200);
      const { access_token: token } = (await login.json()) as { access_token: string };
      const me = await (await fetch(`${base}/users/me`, { headers: { authorization: `Bearer ${token}` } })).json();
      expect(me).toMatchObject({ email: "admin@acme.test", is_superuser: true });
    } finally {
      server.stop();
    }
  });
});
