import { type ChildProcess, spawn } from "node:child_process";

export { freePort } from "./free-port.js";

/** A clean environment: the created project must run from its own .env, not from the test runner's variables. */
export const cleanEnv = (extra: Record<string, string> = {}): NodeJS.ProcessEnv => ({
  PATH: process.env.PATH,
  HOME: process.env.HOME,
  LANG: process.env.LANG ?? "C.UTF-8",
  NO_COLOR: "1",
  // Installs come from the local npm cache when it has the packages (npm ci takes minutes otherwise).
  npm_config_prefer_offline: "true",
  npm_config_audit: "false",
  npm_config_fund: "false",
  ...extra,
});

/** Runs a command to its end; resolves with its output, rejects with it when the exit code is not 0. */
export function exec(command: string, args: readonly string[], cwd: string, env = cleanEnv()): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve(output);
      else reject(new Error(`${command} ${args.join(" ")} exited with ${code} in ${cwd}:\n${output.slice(-4000)}`));
    });
  });
}

/** Starts a long-running command in its own process group, so stopping it stops npm's children too. */
export function startDetached(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv) {
  const child: ChildProcess = spawn(command, args, { cwd, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return {
    output: () => output,
    stop: () => {
      if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, "SIGTERM");
    },
  };
}

/** Polls a URL until it answers 200, or fails with what the server printed. */
export async function waitForOk(url: string, timeoutMs: number, log: () => string): Promise<Response> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const response = await fetch(url).catch(() => null);
    if (response?.ok) return response;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs} ms:\n${log().slice(-4000)}`);
}
