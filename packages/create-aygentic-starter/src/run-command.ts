import { spawnSync } from "node:child_process";

/** Runs a command in a folder, its output shown to the user; true when it exited with 0. */
export function run(command: string, args: readonly string[], cwd: string, quiet = false): boolean {
  const result = spawnSync(command, args, { cwd, stdio: quiet ? "ignore" : "inherit", shell: false });
  return result.error === undefined && result.status === 0;
}

/** The trimmed output of a command, or null when it failed or is missing. */
export function output(command: string, args: readonly string[], cwd: string): string | null {
  const result = spawnSync(command, args, { cwd, encoding: "utf8" });
  return result.error === undefined && result.status === 0 ? result.stdout.trim() : null;
}
