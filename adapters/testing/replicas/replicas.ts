import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { repoRoot } from "../../config.js";
import { freePort } from "../../mail/testing/free-port.js";
import { exitOf, outputContains } from "../main-process.js";

/** One API process of the built app (`node dist/adapters/main.js`) on its own ports. */
export interface Replica {
  readonly url: string;
  /** Resolves once the replica serves; rejects when it exits first. */
  readonly listening: Promise<void>;
  readonly metricsUrl: string;
  readonly process: ChildProcess;
  /** Resolves with the exit code and output once the process has exited. */
  readonly exited: Promise<{ code: number | null; stdout: string; stderr: string }>;
}

/** Builds the API when its sources changed since the last build (scripts/build-if-changed.mjs). */
export function buildApi(): void {
  execFileSync(process.execPath, ["scripts/build-if-changed.mjs", "--api-only"], { cwd: repoRoot(), stdio: "pipe" });
}

/**
 * Launches `count` replicas of the built app on one database (they share nothing else); returned at once, so a
 * caller can stop them even when they never come up. Await each one's `listening`.
 */
export async function launchReplicas(count: number, env: Record<string, string>): Promise<Replica[]> {
  const replicas: Replica[] = [];
  for (let n = 0; n < count; n += 1) {
    const [port, metricsPort] = [await freePort(), await freePort()];
    const child = spawn(process.execPath, ["dist/adapters/main.js"], {
      cwd: repoRoot(),
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        PATH: process.env.PATH ?? "",
        HOST: "127.0.0.1",
        PORT: String(port),
        METRICS_PORT: String(metricsPort),
        LOCAL_MAIL_CATCHER: "false",
        LOG_LEVEL: "info",
        ...env,
      },
    });
    replicas.push({
      url: `http://127.0.0.1:${port}`,
      metricsUrl: `http://127.0.0.1:${metricsPort}/metrics`,
      process: child,
      exited: exitOf(child),
      listening: outputContains(child, "listening on"),
    });
  }
  return replicas;
}

/** Logs out on the first replica, then asks the second who the same token belongs to (refused at once). */
export async function loggedOutTokenRefusedElsewhere(
  [first, second]: readonly Replica[],
  token: string,
  paths: { readonly logout: string; readonly me: string },
): Promise<{ logout: number; meElsewhere: number }> {
  const authorization = `Bearer ${token}`;
  if (!first || !second) throw new Error("needs two replicas");
  const logout = await fetch(`${first.url}${paths.logout}`, { method: "POST", headers: { authorization } });
  const me = await fetch(`${second.url}${paths.me}`, { headers: { authorization } });
  return { logout: logout.status, meElsewhere: me.status };
}

/** A job worker of the built app (`node dist/adapters/main.js worker`): no public port, only its metrics listener. */
export interface Worker {
  /** Resolves once the worker takes jobs; rejects when it exits first. */
  readonly ready: Promise<void>;
  readonly metricsUrl: string;
  readonly process: ChildProcess;
  readonly exited: Promise<{ code: number | null; stdout: string; stderr: string }>;
}

export async function launchWorker(env: Record<string, string>): Promise<Worker> {
  const metricsPort = await freePort();
  const child = spawn(process.execPath, ["dist/adapters/main.js", "worker"], {
    cwd: repoRoot(),
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      PATH: process.env.PATH ?? "",
      HOST: "127.0.0.1",
      METRICS_PORT: String(metricsPort),
      LOCAL_MAIL_CATCHER: "false",
      LOG_LEVEL: "info",
      ...env,
    },
  });
  return {
    metricsUrl: `http://127.0.0.1:${metricsPort}/metrics`,
    process: child,
    exited: exitOf(child),
    ready: outputContains(child, "job worker started"),
  };
}
