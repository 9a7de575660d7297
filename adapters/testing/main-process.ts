import { type ChildProcess, spawn } from "node:child_process";
import type { Socket } from "node:net";
import { repoRoot } from "../config.js";

const baseEnv = {
  PATH: process.env.PATH ?? "",
  HOME: process.env.HOME ?? "",
  DATABASE_URL: "memory://",
  LOCAL_MAIL_CATCHER: "false",
  LOG_LEVEL: "info",
  METRICS_ENABLED: "false",
};

/** `adapters/main.ts` in a child process (through tsx) with an in-memory database unless `env` says otherwise. */
export function startMain(env: Record<string, string>, args: string[] = []): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", "adapters/main.ts", ...args], {
    cwd: repoRoot(),
    env: { ...baseEnv, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

/** The exit code and everything the child printed. */
export const exitOf = (child: ChildProcess) =>
  new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    let stdout = "";
    let stderr = "";
    child.stdout?.on("data", (chunk) => {
      stdout += chunk;
    });
    child.stderr?.on("data", (chunk) => {
      stderr += chunk;
    });
    child.on("exit", (code) => resolve({ code, stdout, stderr }));
  });

/** Resolves once the child's stdout contains `text`; rejects if it exits first. */
export const outputContains = (child: ChildProcess, text: string) =>
  new Promise<void>((resolve, reject) => {
    let seen = "";
    child.stdout?.on("data", (chunk) => {
      seen += chunk;
      if (seen.includes(text)) resolve();
    });
    child.on("exit", (code) => reject(new Error(`exited (${code}) before printing "${text}":\n${seen}`)));
  });

/** Resolves with what the socket received once it contains `text`. */
export const socketReceived = (socket: Socket, text: string) =>
  new Promise<string>((resolve) => {
    let seen = "";
    const onData = (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes(text)) {
        socket.off("data", onData);
        resolve(seen);
      }
    };
    socket.on("data", onData);
  });
