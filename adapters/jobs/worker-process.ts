import type { Config } from "../config.js";
import { createAdapters } from "../create-adapters.js";
import { flushLogs, rootLogger } from "../logger.js";
import { startMetrics } from "../observability/start-metrics.js";
import { describeDatabase } from "../persistence/knex.js";
import { startJobWorkers } from "./start-job-workers.js";

/**
 * `npm run worker`: the job workers alone, with no public HTTP port (only the metrics listener, which probes use).
 * SIGTERM: no new job is taken; running ones get SHUTDOWN_GRACE_SECONDS, then go back to the queue.
 */
export async function runWorkerProcess(config: Config): Promise<void> {
  const workerConfig = { ...config, jobs: { ...config.jobs, worker: true } };
  const adapters = await createAdapters(workerConfig);
  // No API routes here: the worker serves no HTTP requests for the route-template labels to name.
  const noRoutes = () => {};
  const metrics = await startMetrics(workerConfig, { knex: adapters.knex, hasher: adapters.hasher, routes: noRoutes });
  await startJobWorkers(adapters, workerConfig, metrics?.registry ?? null);
  const where = { database: describeDatabase(adapters.knex), metrics: metrics?.url ?? null };
  rootLogger.info(where, "job worker started");
  if (!adapters.mailer.enabled) rootLogger.warn("e-mail is not configured (SMTP_HOST and EMAILS_FROM_EMAIL)");

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    rootLogger.info({ signal }, "job worker shutting down: finishing running jobs");
    await adapters.close(config.shutdownGraceMs);
    await metrics?.close();
    rootLogger.info("job worker stopped");
    flushLogs();
    process.exit(0);
  };
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
  process.once("SIGINT", () => void shutdown("SIGINT"));
}
