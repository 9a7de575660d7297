import cluster, { type Worker } from "node:cluster";
import { AggregatorRegistry } from "prom-client";
import type { Config } from "../config.js";
import { createAdapters } from "../create-adapters.js";
import { flushLogs, rootLogger } from "../logger.js";
import { serveMetricsUnlessBusyInLocal } from "../observability/start-metrics.js";
import { prestart } from "../persistence/prestart.js";
import { CLUSTER_ROLE_VARIABLE, type ClusterRole } from "./cluster-role.js";

const logger = rootLogger.child({ component: "cluster" });
/** Beyond the workers' own grace, how long the primary waits for them before it kills what is left. */
const STRAGGLER_MS = 10_000;

/**
 * WEB_CONCURRENCY above 1: migrates and seeds once, then runs that many workers on the one port (node:cluster hands
 * connections round-robin), replaces a worker that dies, serves the workers' summed metrics on METRICS_PORT, and on
 * SIGTERM or SIGINT lets every worker drain before it exits.
 */
export async function runClusterPrimary(config: Config): Promise<void> {
  await migrateAndSeed(config);
  const aggregator = config.metrics.enabled ? new AggregatorRegistry() : null;
  const metrics =
    aggregator &&
    (await serveMetricsUnlessBusyInLocal(config, {
      contentType: aggregator.contentType,
      metrics: () => aggregator.clusterMetrics(),
    }));
  const roles = new Map<number, ClusterRole>();
  let stopping = false;
  let recentDeaths = 0;

  const fork = (role: ClusterRole): Worker => {
    const worker = cluster.fork({ [CLUSTER_ROLE_VARIABLE]: role });
    roles.set(worker.id, role);
    return worker;
  };

  cluster.on("exit", (worker, code, signal) => {
    const role = roles.get(worker.id) ?? "web";
    roles.delete(worker.id);
    if (stopping) return;
    recentDeaths += 1;
    setTimeout(() => {
      recentDeaths -= 1;
    }, 60_000).unref();
    // A worker that keeps dying (a bad deployment) is restarted ever more slowly, not in a tight loop.
    const delayMs = Math.min(30_000, 100 * 2 ** (recentDeaths - 1));
    logger.error({ pid: worker.process.pid, code, signal, role, delayMs }, "worker died; starting another");
    setTimeout(() => {
      if (!stopping) fork(role);
    }, delayMs);
  });

  const workers = Array.from({ length: config.webConcurrency }, (_, index) => fork(index === 0 ? "jobs" : "web"));
  await Promise.all(workers.map((worker) => new Promise((resolve) => worker.once("listening", resolve))));
  const where = { workers: config.webConcurrency, metrics: metrics?.url ?? null };
  logger.info(where, `${config.projectName}: ${config.webConcurrency} workers serving port ${config.port}`);

  const shutdown = async (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "cluster shutting down: every worker finishes its requests and jobs");
    const alive = Object.values(cluster.workers ?? {}).filter((worker): worker is Worker => worker !== undefined);
    const exited = alive.map((worker) => new Promise((resolve) => worker.once("exit", resolve)));
    for (const worker of alive) worker.process.kill(signal);
    const stragglers = setTimeout(() => {
      for (const worker of alive) if (!worker.isDead()) worker.process.kill("SIGKILL");
    }, config.shutdownGraceMs + STRAGGLER_MS);
    await Promise.all(exited);
    clearTimeout(stragglers);
    await metrics?.close();
    logger.info("cluster stopped");
    flushLogs();
    process.exit(0);
  };
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
  process.once("SIGINT", () => void shutdown("SIGINT"));
}

/** Once, before any worker starts: the workers then find the schema current and the first superuser there. */
async function migrateAndSeed(config: Config): Promise<void> {
  const adapters = await createAdapters({ ...config, jobs: { ...config.jobs, worker: false } }, { smtp: null });
  try {
    await prestart(adapters.knex, {
      firstSuperuser: config.firstSuperuser,
      hasher: adapters.hasher,
      logger: rootLogger,
    });
  } finally {
    await adapters.close();
  }
}
