import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { e2eEnv } from "./env.js";

const repoRoot = fileURLToPath(new URL("../../..", import.meta.url));

/** A port nobody listens on right now. */
export const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });

/** A second app of the built dist/, with its own in-memory database and `env` on top of the e2e defaults. */
export interface OwnServer {
  readonly baseUrl: string;
  stop(): Promise<void>;
}

/** `host` is the name the app is published under (its FRONTEND_HOST); it listens on 127.0.0.1 either way. */
export async function startOwnServer(env: Record<string, string>, host = "127.0.0.1"): Promise<OwnServer> {
  const port = await freePort();
  const baseUrl = `http://${host}:${port}`;
  const child: ChildProcess = spawn(process.execPath, ["dist/adapters/main.js"], {
    cwd: repoRoot,
    stdio: ["ignore", "pipe", "inherit"],
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      PORT: String(port),
      HOST: "127.0.0.1",
      ENVIRONMENT: "local",
      DATABASE_URL: "memory://",
      FRONTEND_HOST: baseUrl,
      LOCAL_MAIL_CATCHER: "false",
      METRICS_ENABLED: "false",
      FIRST_SUPERUSER: e2eEnv.superuser.email,
      FIRST_SUPERUSER_PASSWORD: e2eEnv.superuser.password,
      PROJECT_NAME: e2eEnv.projectName,
      ...env,
    },
  });
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  await new Promise<void>((resolve, reject) => {
    let seen = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes("listening on")) resolve();
    });
    child.once("exit", (code) => reject(new Error(`the server exited (${code}) before listening:\n${seen}`)));
  });
  return {
    baseUrl,
    stop: async () => {
      child.kill("SIGTERM");
      await exited;
    },
  };
}
