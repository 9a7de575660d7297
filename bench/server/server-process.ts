import { type ChildProcess, spawn } from "node:child_process";
import { openSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";

/** A server under test, running in its own process; its output goes to a log file, never through the harness. */
export interface ServerProcess {
  readonly name: string;
  readonly baseUrl: string;
  readonly pid: number;
  stop(): Promise<void>;
}

export interface ServerLaunch {
  readonly name: string;
  readonly args: readonly string[];
  readonly env: Record<string, string>;
  readonly port: number;
  readonly logFile: string;
  readonly cwd: string;
  /** The Node binary to run the server with (default: the harness's own). */
  readonly node?: string;
}

async function waitUntilAnswering(baseUrl: string, proc: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc.exitCode !== null) throw new Error(`server exited with ${proc.exitCode} before answering`);
    try {
      const response = await fetch(`${baseUrl}/api/v1/utils/health-check/`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await sleep(200);
  }
  throw new Error(`server at ${baseUrl} did not answer within ${timeoutMs} ms`);
}

/** Starts `node <args>` and resolves once its health check answers 200. */
export async function startServer(launch: ServerLaunch): Promise<ServerProcess> {
  const log = openSync(launch.logFile, "a");
  const proc = spawn(launch.node ?? process.execPath, [...launch.args], {
    cwd: launch.cwd,
    // Metrics stay on, as in production, on a free port so runs side by side do not collide on 9464.
    env: {
      PATH: process.env.PATH ?? "",
      METRICS_PORT: "0",
      ...launch.env,
      PORT: String(launch.port),
      HOST: "127.0.0.1",
    },
    stdio: ["ignore", log, log],
  });
  const baseUrl = `http://127.0.0.1:${launch.port}`;
  const stop = async () => {
    if (proc.exitCode !== null) return;
    const exited = new Promise((resolve) => proc.once("exit", resolve));
    proc.kill("SIGTERM");
    await Promise.race([exited, sleep(10_000)]);
    if (proc.exitCode === null) proc.kill("SIGKILL");
  };
  try {
    await waitUntilAnswering(baseUrl, proc, 60_000);
  } catch (error) {
    await stop();
    throw new Error(`${launch.name}: ${(error as Error).message} (log: ${launch.logFile})`);
  }
  return { name: launch.name, baseUrl, pid: proc.pid ?? -1, stop };
}
