// `npm start`: rebuild the API and the SPA only when their sources changed since the last build, so a restart on
// an unchanged tree starts in about a second instead of rebuilding both. A target's stamp holds the hash of its
// inputs' paths and contents plus the modification time of its output, so an output rebuilt since (npm run build
// on other sources) is never taken for the stamped one.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const shared = ["package-lock.json", "tsconfig.json"];
const targets = [
  {
    name: "API",
    inputs: ["core", "adapters", "migrations", "tsconfig.build.json", ...shared],
    // What tsconfig.build.json leaves out: editing a test does not make the next start rebuild.
    ignored: /\.test\.ts$|(^|\/)testing\/|^adapters\/contracts\//,
    output: "dist/adapters/main.js",
    stamp: "dist/.build-stamp",
    command: ["node_modules/.bin/tsc", "-p", "tsconfig.build.json"],
  },
  {
    name: "web app",
    inputs: [
      "web/src",
      "web/public",
      "web/build",
      "web/index.html",
      "web/vite.config.ts",
      "web/tsconfig.json",
      ...shared,
    ],
    ignored: /\.test\.tsx?$/,
    output: "web/dist/index.html",
    stamp: "web/dist/.build-stamp",
    command: ["node_modules/.bin/vite", "build", "--config", "web/vite.config.ts", "--logLevel", "warn"],
  },
];

const filesUnder = (path) =>
  statSync(path).isDirectory()
    ? readdirSync(path, { recursive: true })
        .map((entry) => join(path, String(entry)))
        .filter((file) => statSync(file).isFile())
    : [path];

function fingerprint({ inputs, ignored }) {
  const hash = createHash("sha256");
  const files = inputs.filter(existsSync).flatMap(filesUnder);
  for (const file of files.filter((path) => !ignored.test(path)).sort()) {
    hash.update(`${file}\0`).update(readFileSync(file)).update("\0");
  }
  return hash.digest("hex");
}

const stampOf = (target, sources) => `${sources} ${statSync(target.output).mtimeMs}`;

// `--api-only`: the API alone (the multi-replica test serves no SPA).
const wanted = process.argv.includes("--api-only") ? targets.slice(0, 1) : targets;

for (const target of wanted) {
  const sources = fingerprint(target);
  const built = existsSync(target.output) && existsSync(target.stamp);
  if (built && readFileSync(target.stamp, "utf8") === stampOf(target, sources)) continue;
  process.stderr.write(`building the ${target.name} (sources changed since the last build)\n`);
  const [command, ...args] = target.command;
  const result = spawnSync(command, args, { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(target.stamp, stampOf(target, sources));
}
