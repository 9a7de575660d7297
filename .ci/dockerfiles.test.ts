import { existsSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { loadCompose } from "./support/compose-project.js";
import { argsOf, execForm, readDockerfile, type Stage } from "./support/dockerfile.js";
import { readEnvFile } from "./support/env-file.js";

// No Docker engine runs in CI: the Dockerfiles are read, not built. These checks pin what a build relies on.
const api = readDockerfile("Dockerfile");
const web = readDockerfile("web/Dockerfile");
const final = (stages: Stage[]) => stages.at(-1) as Stage;
const stage = (stages: Stage[], name: string) => stages.find((candidate) => candidate.name === name) as Stage;
const external = (stages: Stage[]) => stages.filter(({ from }) => !stages.some(({ name }) => name === from));
const compose = loadCompose(["compose.yml", "compose.override.yml"], readEnvFile(".env.example")).merged.services;
const production = loadCompose(["compose.yml"], readEnvFile(".env.example")).merged.services;
const healthUrl = "http://127.0.0.1:8000/api/v1/utils/health-check/";

describe.each([
  ["Dockerfile", api],
  ["web/Dockerfile", web],
])("%s", (_path, stages) => {
  test("is multi-stage and its final stage copies from an earlier one", () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(argsOf(final(stages), "COPY").some((args) => args.startsWith("--from="))).toBe(true);
  });

  test("pins every base image to a version tag", () => {
    for (const { from } of external(stages)) expect(from).toMatch(/^[a-z0-9./-]+:\d+\.\d+(\.\d+)?(-[a-z0-9.-]+)?$/);
  });

  test("runs its final stage as a non-root user", () => {
    const users = argsOf(final(stages), "USER");
    expect(users.length).toBeGreaterThan(0);
    expect(users.at(-1)).not.toMatch(/^(root|0)(:|$)/);
  });

  test("installs no build tools in the final stage", () => {
    expect(argsOf(final(stages), "RUN").join(" ")).not.toMatch(/apt-get|apk add|npm (ci|install)/);
  });
});

describe("the Node.js of the images", () => {
  const nodeImages = [...external(api), ...external(web)]
    .map(({ from }) => from)
    .filter((from) => from.startsWith("node:"));
  const ciVersion = /^version="([\d.]+)"$/m.exec(readFileSync(".ci/ensure-node24.sh", "utf8"))?.[1];

  test("is one Node 24 LTS release, in every Node stage of both images", () => {
    expect(new Set(nodeImages).size).toBe(1);
    expect(nodeImages[0]).toMatch(/^node:24\.\d+\.\d+-bookworm-slim$/);
  });

  test("is the release CI runs the backend suites on (.ci/ensure-node24.sh)", () => {
    expect(nodeImages[0]).toBe(`node:${ciVersion}-bookworm-slim`);
  });
});

describe("the API image (Dockerfile)", () => {
  test("compiles argon2 in its dependency stage: build tools present, install scripts enabled", () => {
    const run = argsOf(stage(api, "deps"), "RUN").join(" ");
    expect(run).toMatch(/g\+\+/);
    expect(run).toMatch(/\bmake\b/);
    expect(run).toMatch(/python3/);
    expect(run).toMatch(/npm ci/);
    expect(run).not.toMatch(/--ignore-scripts/);
  });

  test("builds with npm run build and ships only production packages", () => {
    expect(argsOf(stage(api, "build"), "RUN")).toContain("npm run build");
    expect(argsOf(stage(api, "prod-deps"), "RUN").join(" ")).toMatch(/npm prune --omit=dev/);
    expect(argsOf(final(api), "COPY")).toContain("--from=prod-deps /app/node_modules ./node_modules");
    expect(JSON.parse(readFileSync("package.json", "utf8")).scripts.build).toMatch(/tsc -p tsconfig\.build\.json/);
  });

  test("serves by default on 0.0.0.0:8000 and checks the health URL", () => {
    expect(execForm(argsOf(final(api), "CMD")[0] as string)).toEqual([
      "node",
      "--import",
      "./dist/adapters/observability/tracing.js",
      "dist/adapters/main.js",
    ]);
    expect(argsOf(final(api), "ENV").join(" ")).toMatch(/HOST=0\.0\.0\.0 PORT=8000/);
    expect(argsOf(final(api), "EXPOSE")).toEqual(["8000"]);
    expect(argsOf(final(api), "HEALTHCHECK").join(" ")).toContain(healthUrl);
  });

  test("runs the prestart step as its own command of the same entry point", () => {
    expect(production.prestart?.command).toEqual(["node", "dist/adapters/main.js", "prestart"]);
    expect(compose.prestart?.command).toEqual(["node_modules/.bin/tsx", "adapters/main.ts", "prestart"]);
    expect(existsSync("adapters/main.ts")).toBe(true);
    expect(readFileSync("adapters/main.ts", "utf8")).toContain('"prestart"');
  });

  test("has the stages compose.yml and compose.override.yml build", () => {
    const names = api.map(({ name }) => name);
    for (const service of ["prestart", "backend", "playwright"]) {
      expect(names).toContain(compose[service]?.build?.target);
    }
    expect(final(api).name).toBe("runtime");
  });
});

describe("the web image (web/Dockerfile)", () => {
  const nginxConf = readFileSync("web/nginx.conf", "utf8");

  test("bakes VITE_API_URL into the SPA at build time", () => {
    const build = web[0] as Stage;
    expect(argsOf(build, "ARG")).toContain('VITE_API_URL=""');
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the Dockerfile's own ${ARG} reference.
    expect(argsOf(build, "ENV").join(" ")).toContain("VITE_API_URL=${VITE_API_URL}");
    expect(argsOf(build, "RUN")).toContain("npx vite build --config web/vite.config.ts");
  });

  test("serves web/dist with web/nginx.conf on the port Traefik and the override use", () => {
    expect(final(web).from).toMatch(/^nginx:/);
    expect(argsOf(final(web), "COPY")).toEqual([
      "--from=build /app/nginx.conf /etc/nginx/nginx.conf",
      "--from=build /app/web/dist /usr/share/nginx/html",
    ]);
    expect(nginxConf).toMatch(/^\s*listen 8080;/m);
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the Dockerfile's own ${ARG} reference.
    const withApiOrigin = 'sed "s#__API_ORIGIN__#${VITE_API_URL}#" web/nginx.conf > /app/nginx.conf';
    expect(argsOf(web[0] as Stage, "RUN")).toContain(withApiOrigin);
    expect(argsOf(final(web), "EXPOSE")).toEqual(["8080"]);
    expect(compose.frontend?.ports).toEqual(["5173:8080"]);
  });
});

describe(".dockerignore", () => {
  const ignored = readFileSync(".dockerignore", "utf8")
    .split("\n")
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith("#"));

  test("keeps secrets, local data, Git history and build outputs out of the build context", () => {
    expect(ignored).toEqual(expect.arrayContaining([".env", ".data", ".git", "**/node_modules", "dist", "web/dist"]));
  });

  test("keeps every build input in the context", () => {
    const inputs = ["package.json", "package-lock.json", "tsconfig.json", "tsconfig.build.json", "core", "adapters"];
    for (const input of [...inputs, "migrations", "web", "web/nginx.conf", "web/vite.config.ts"]) {
      expect(ignored).not.toContain(input);
    }
  });
});
