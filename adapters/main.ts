import "reflect-metadata";
import * as Sentry from "@sentry/node";
import { PruneAuditEvents } from "../core/audit/prune-audit-events.js";
import { PurgeEndedSessions } from "../core/auth/purge-ended-sessions.js";
import { scheduleAuditPruning } from "./audit-retention.js";
import { type Config, ConfigError, loadConfig } from "./config.js";
import { createContainer } from "./container.js";
import { createAdapters } from "./create-adapters.js";
import { createApp } from "./http/app.js";
import { listen } from "./http/http-server.js";
import { flushLogs, rootLogger } from "./logger.js";
import { flushTraces } from "./observability/flush-traces.js";
import { initSentry } from "./observability/sentry.js";
import { startMetrics } from "./observability/start-metrics.js";
import { describeDatabase } from "./persistence/knex.js";
import { prestart } from "./persistence/prestart.js";
import { scheduleSessionPurge } from "./session-purge.js";

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
  // The prestart command only migrates and seeds: no mail catcher is started for it.
  const adapters = await createAdapters(config, command === "prestart" ? { smtp: null } : {});
  const { knex, hasher, mailCatcher: catcher } = adapters;
  await prestart(knex, { firstSuperuser: config.firstSuperuser, hasher, logger: rootLogger });
  if (command === "prestart") {
    await adapters.close();
    return;
  }
  const onUnexpectedError = sentry ? (error: unknown) => Sentry.captureException(error) : undefined;
  const container = createContainer(adapters);
  const pruning = scheduleAuditPruning(
    new PruneAuditEvents(adapters.auditLog, adapters.clock, config.auditRetentionDays),
  );
  const sessionPurge = scheduleSessionPurge(
    new PurgeEndedSessions(adapters.sessions, adapters.clock, adapters.sessionPolicy),
  );
  const metrics = await startMetrics(config, { knex, hasher });
  const app = createApp({
    config,
    container,
    onUnexpectedError,
    rateLimitStore: adapters.rateLimitStore,
    httpMetrics: metrics?.httpMetrics,
  });
  const running = await listen(app, config.host, config.port);
  if (metrics) rootLogger.info({ metrics: metrics.url }, `Prometheus metrics on ${metrics.url}`);
  const where = { url: running.url, docs: `${running.url}/docs`, database: describeDatabase(knex) };
  rootLogger.info(where, `${config.projectName} listening on ${running.url}`);

  if (catcher)
    rootLogger.info({ inbox: catcher.inboxUrl }, `local mail catcher: e-mails are shown at ${catcher.inboxUrl}`);
  if (!adapters.mailer.enabled) rootLogger.warn("e-mail is not configured (SMTP_HOST and EMAILS_FROM_EMAIL)");

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    rootLogger.info({ signal }, "shutting down: finishing in-flight requests");
    pruning.stop();
    sessionPurge.stop();
    await running.close(config.shutdownGraceMs);
    await metrics?.close();
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
