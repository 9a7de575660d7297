import "reflect-metadata";
import * as Sentry from "@sentry/node";
import { shareMetricsWithPrimary } from "./cluster/cluster-metrics.js";
import { runClusterPrimary } from "./cluster/cluster-primary.js";
import { clusterRole, clusterWorkerConfig, clusterWorkerOverrides } from "./cluster/cluster-role.js";
import { type Config, ConfigError, loadConfig } from "./config.js";
import { createContainer } from "./container.js";
import { createAdapters } from "./create-adapters.js";
import { createApp } from "./http/app.js";
import { RegisterRoutes } from "./http/generated/routes.js";
import { listen } from "./http/server/http-server.js";
import { startJobWorkers } from "./jobs/start-job-workers.js";
import { runWorkerProcess } from "./jobs/worker-process.js";
import { flushLogs, rootLogger } from "./logger.js";
import { flushTraces } from "./observability/flush-traces.js";
import type { MetricsServer } from "./observability/metrics-server.js";
import { initSentry } from "./observability/sentry.js";
import { type CollectedMetrics, startMetrics } from "./observability/start-metrics.js";
import { describeDatabase } from "./persistence/knex.js";
import { prestart } from "./persistence/prestart.js";

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}

async function main(command: string | undefined): Promise<void> {
  const config = readConfig();
  rootLogger.level = config.logLevel;
  for (const warning of config.warnings) rootLogger.warn(warning);
  const sentry = initSentry(config);
  if (command === "worker") return runWorkerProcess(config);
  const role = clusterRole();
  if (command === undefined && role === null && config.webConcurrency > 1) return runClusterPrimary(config);
  // The prestart command only migrates and seeds: no mail catcher is started for it, no job is taken.
  const prestartOnly = command === "prestart";
  const served = role ? clusterWorkerConfig(config, role) : config;
  const adapters = prestartOnly
    ? await createAdapters(
        { ...config, jobs: { ...config.jobs, worker: false }, identity: { ...config.identity, devProvider: null } },
        { smtp: null },
      )
    : await createAdapters(served, role ? clusterWorkerOverrides(config, role) : {});
  const { knex, hasher, mailCatcher: catcher } = adapters;
  // A cluster's primary has migrated and seeded before it started its workers.
  if (role === null) await prestart(knex, { firstSuperuser: config.firstSuperuser, hasher, logger: rootLogger });
  if (prestartOnly) {
    await adapters.close();
    return;
  }
  const onUnexpectedError = sentry ? (error: unknown) => Sentry.captureException(error) : undefined;
  const container = createContainer(adapters);
  const metricSources = { knex, hasher, routes: RegisterRoutes };
  // A cluster worker's metrics are served by its primary: no listener, no URL of its own.
  const metrics: (CollectedMetrics & Partial<MetricsServer>) | null = role
    ? shareMetricsWithPrimary(config, metricSources)
    : await startMetrics(config, metricSources);
  if (served.jobs.worker) await startJobWorkers(adapters, served, metrics?.registry ?? null);
  const app = createApp({
    config,
    container,
    onUnexpectedError,
    portErrorOf: adapters.portErrorOf,
    counterLocation: adapters.counterLocation,
    httpMetrics: metrics?.httpMetrics,
  });
  const running = await listen(app, config.host, config.port);
  if (metrics?.url) rootLogger.info({ metrics: metrics.url }, `Prometheus metrics on ${metrics.url}`);
  const where = { url: running.url, docs: `${running.url}/docs`, database: describeDatabase(knex), pid: process.pid };
  rootLogger.info(where, `${config.projectName} listening on ${running.url}`);

  const devIssuer = adapters.identityProviders.devIssuer;
  if (devIssuer) rootLogger.info({ issuer: devIssuer }, `development identity provider (Dev login) at ${devIssuer}`);
  if (catcher)
    rootLogger.info({ inbox: catcher.inboxUrl }, `local mail catcher: e-mails are shown at ${catcher.inboxUrl}`);
  if (!adapters.mailer.enabled) rootLogger.warn("e-mail is not configured (SMTP_HOST and EMAILS_FROM_EMAIL)");

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    rootLogger.info({ signal }, "shutting down: finishing in-flight requests and running jobs");
    // The job queue takes no new job from now on; the requests still running may enqueue theirs.
    await Promise.all([running.close(config.shutdownGraceMs), adapters.jobRunner.stop(config.shutdownGraceMs)]);
    await metrics?.close?.();
    await adapters.close();
    if (sentry) await Sentry.close(2_000);
    await flushTraces();
    rootLogger.info("stopped");
    flushLogs();
    process.exit(0);
  };
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
  process.once("SIGINT", () => void shutdown("SIGINT"));
}

main(process.argv[2]).catch((error: unknown) => {
  rootLogger.fatal({ err: error }, "start-up failed");
  flushLogs();
  process.exit(1);
});
