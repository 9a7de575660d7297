import cluster from "node:cluster";
import type { Config } from "../config.js";
import type { AdapterOverrides } from "../create-adapters.js";

/** The one worker that also runs the job workers (and, in local, the mail catcher); the others only serve. */
export type ClusterRole = "jobs" | "web";

export const CLUSTER_ROLE_VARIABLE = "CLUSTER_WORKER_ROLE";

/** This process's role when a cluster primary started it; null for a process on its own. */
export function clusterRole(): ClusterRole | null {
  if (!cluster.isWorker) return null;
  return process.env[CLUSTER_ROLE_VARIABLE] === "jobs" ? "jobs" : "web";
}

/** A worker's configuration: jobs run in one place only, and only that worker starts the local mail catcher. */
export function clusterWorkerConfig(config: Config, role: ClusterRole): Config {
  // The development identity provider keeps its state in memory: one per worker would not know the others' sign-ins.
  const identity = { ...config.identity, devProvider: null };
  if (role === "jobs") return { ...config, identity };
  return {
    ...config,
    identity,
    jobs: { ...config.jobs, worker: false },
    localMailCatcher: { ...config.localMailCatcher, enabled: false },
  };
}

/** Web workers queue e-mail for the jobs worker: where the local mail catcher runs, they name its SMTP port. */
export function clusterWorkerOverrides(config: Config, role: ClusterRole): AdapterOverrides {
  const catcherRuns = config.environment === "local" && config.localMailCatcher.enabled && config.smtp === null;
  if (role === "jobs" || !catcherRuns) return {};
  return { smtp: { host: "127.0.0.1", port: config.localMailCatcher.smtpPort, tls: false, ssl: false } };
}
