import { spawn } from "node:child_process";

/** What a finished process printed, and how it ended. */
export interface ProcessOutput {
  readonly code: number | null;
  readonly out: string;
  readonly err: string;
}

/** Runs a command to its end with no input, collecting what it prints. Rejects only when it cannot be started. */
export function runProcess(command: string, args: readonly string[]): Promise<ProcessOutput> {
  return new Promise((resolve, reject) => {
    const proc = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    let err = "";
    proc.stdout.on("data", (chunk: Buffer) => {
      out += chunk;
    });
    proc.stderr.on("data", (chunk: Buffer) => {
      err += chunk;
    });
    proc.on("error", reject);
    proc.on("close", (code) => resolve({ code, out, err }));
  });
}
