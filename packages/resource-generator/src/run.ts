import { spawnSync } from "node:child_process";

/** Runs a command in the repository, its output shown; throws when it fails. */
export function run(root: string, command: string, args: readonly string[]): void {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit" });
  if (result.status !== 0) throw new Error(`${command} ${args.join(" ")} failed (exit ${result.status})`);
}

/** Biome's safe fixes and formatting (imports sorted in) on the given files. */
export const formatFiles = (root: string, paths: readonly string[]): void =>
  run(root, "npx", ["biome", "check", "--write", "--no-errors-on-unmatched", ...paths]);

/** tsoa's routes and OpenAPI document, then the SPA's client types and rules (npm run generate). */
export const regenerate = (root: string): void => run(root, "npm", ["run", "--silent", "generate"]);
