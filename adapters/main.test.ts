import { type ChildProcess, spawn } from "node:child_process";
import { connect, type Socket } from "node:net";
import { describe, expect, it } from "vitest";
import { repoRoot } from "./config.js";
import { freePort } from "./mail/testing/free-port.js";

const baseEnv = {
  PATH: process.env.PATH ?? "",
  HOME: process.env.HOME ?? "",
  DATABASE_URL: "memory://",
  LOCAL_MAIL_CATCHER: "false",
  LOG_LEVEL: "info",
};

function start(env: Record<string, string>, args: string[] = []): ChildProcess {
  return spawn(process.execPath, ["--import", "tsx", "adapters/main.ts", ...args], {
    cwd: repoRoot(),
    env: { ...baseEnv, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
}

const exitOf = (child: ChildProcess) =>
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

const outputContains = (child: ChildProcess, text: string) =>
  new Promise<void>((resolve, reject) => {
    let seen = "";
    child.stdout?.on("data", (chunk) => {
      seen += chunk;
      if (seen.includes(text)) resolve();
    });
    child.on("exit", (code) => reject(new Error(`exited (${code}) before printing "${text}":\n${seen}`)));
  });

const socketReceived = (socket: Socket, text: string) =>
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

describe("the process entry point", () => {
  it("refuses to start outside local with a default secret, naming it", async () => {
    const result = await exitOf(start({ ENVIRONMENT: "production", FIRST_SUPERUSER_PASSWORD: "a-real-password" }));
    expect(result.code).toBe(1);
    expect(result.stderr).toContain("SECRET_KEY");
    expect(result.stderr).not.toContain("FIRST_SUPERUSER_PASSWORD");
  });

  it("runs only the prestart step with the prestart argument", async () => {
    const result = await exitOf(start({}, ["prestart"]));
    expect(result.code).toBe(0);
    expect(result.stdout).not.toContain("listening");
  }, 120_000);

  it("finishes an in-flight request on SIGTERM, then exits 0", async () => {
    const port = await freePort();
    const child = start({ PORT: String(port) });
    const exited = exitOf(child);
    await outputContains(child, "listening on");

    const socket = connect(port, "127.0.0.1");
    const body = "username=admin%40example.com&password=changethis";
    const head = [
      "POST /api/v1/login/access-token HTTP/1.1",
      "Host: 127.0.0.1",
      "Content-Type: application/x-www-form-urlencoded",
      `Content-Length: ${body.length}`,
      "Expect: 100-continue",
      "",
      "",
    ].join("\r\n");
    const continued = socketReceived(socket, "100 Continue");
    socket.write(head);
    await continued;

    const shuttingDown = outputContains(child, "shutting down");
    child.kill("SIGTERM");
    await shuttingDown;
    const answered = socketReceived(socket, "access_token");
    socket.write(body);
    const response = await answered;
    expect(response).toMatch(/HTTP\/1\.1 200 OK/);
    socket.destroy();

    const result = await exited;
    expect(result.code).toBe(0);
  }, 120_000);
});
