// `npm start`: rebuild the API and the SPA only when their sources changed since the last build, so a restart on
// an unchanged tree starts in about a second instead of rebuilding both. A target's stamp is the hash of its
// inputs' paths and contents, written next to its output after a successful build.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const shared = ["package-lock.json", "tsconfig.json"];
const targets = [
  {
    name: "API",
    inputs: ["core", "adapters", "migrations", "tsconfig.build.json", ...shared],
    stamp: "dist/.build-stamp",
    command: ["node_modules/.bin/tsc", "-p", "tsconfig.build.json"],
  },
  {
    name: "web app",
    inputs: ["web/src", "web/public", "web/index.html", "web/vite.config.ts", "web/tsconfig.json", ...shared],
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

function fingerprint(inputs) {
  const hash = createHash("sha256");
  for (const file of inputs.filter(existsSync).flatMap(filesUnder).sort()) {
    hash.update(`${file}\0`).update(readFileSync(file)).update("\0");
  }
  return hash.digest("hex");
}

for (const target of targets) {
  const current = fingerprint(target.inputs);
  if (existsSync(target.stamp) && readFileSync(target.stamp, "utf8") === current) continue;
  process.stderr.write(`building the ${target.name} (sources changed since the last build)\n`);
  const [command, ...args] = target.command;
  const result = spawnSync(command, args, { stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(target.stamp, current);
}
