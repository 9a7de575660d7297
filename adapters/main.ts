import "reflect-metadata";
import * as Sentry from "@sentry/node";
import type { Mailer } from "../core/auth/ports.js";
import { type Config, ConfigError, loadConfig } from "./config.js";
import { createContainer } from "./container.js";
import { createApp } from "./http/app.js";
import { listen } from "./http/http-server.js";
import { rootLogger } from "./logger.js";
import { type LocalMailCatcher, startLocalMailCatcher } from "./mail/local-mail-catcher.js";
import { SmtpMailer, type SmtpSettings } from "./mail/smtp-mailer.js";
import { flushTraces } from "./observability/flush-traces.js";
import { startMetrics } from "./observability/start-metrics.js";
import { checkDatabase } from "./persistence/check-database.js";
import { createKnex, describeDatabase } from "./persistence/knex.js";
import { ObjectionItemRepository } from "./persistence/objection-item-repository.js";
import { ObjectionUserRepository } from "./persistence/objection-user-repository.js";
import { prestart } from "./persistence/prestart.js";
import { Argon2PasswordHasher } from "./security/argon2-password-hasher.js";
import { JwtTokenService } from "./security/jwt-token-service.js";

function readConfig(): Config {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
}

/** In local, with no SMTP configured, mail goes to an in-process catcher with a web inbox. */
async function mailTransport(config: Config): Promise<{ smtp: SmtpSettings | null; catcher: LocalMailCatcher | null }> {
  const { smtp, localMailCatcher } = config;
  if (smtp) {
    const { user, password, ...rest } = smtp;
    return { smtp: { ...rest, user: user ?? undefined, password: password ?? undefined }, catcher: null };
  }
  if (config.environment !== "local" || !localMailCatcher.enabled) return { smtp: null, catcher: null };
  try {
    const { smtpPort, webPort } = localMailCatcher;
    const catcher = await startLocalMailCatcher({ smtpPort, webPort });
    return { smtp: { host: catcher.smtpHost, port: catcher.smtpPort, tls: false, ssl: false }, catcher };
  } catch (error) {
    rootLogger.warn({ err: error }, "local mail catcher could not start (ports busy?); e-mail stays off");
    return { smtp: null, catcher: null };
  }
}

function mailerFor(config: Config, smtp: SmtpSettings | null): Mailer {
  return new SmtpMailer({
    smtp,
    from: { name: config.emailsFrom.name, address: config.emailsFrom.address ?? "noreply@example.com" },
    projectName: config.projectName,
    frontendHost: config.frontendHost,
    resetTokenExpireHours: config.emailResetTokenExpireHours,
  });
}

async function main(command: string | undefined): Promise<void> {
  const config = readConfig();
  rootLogger.level = config.logLevel;
  for (const warning of config.warnings) rootLogger.warn(warning);
  const sentry = config.sentryDsn !== null && config.environment !== "local";
  if (sentry) Sentry.init({ dsn: config.sentryDsn ?? undefined, environment: config.environment });
  const knex = createKnex(config.database);
  const hasher = new Argon2PasswordHasher({ maxConcurrentHashes: config.passwordHashConcurrency });
  await prestart(knex, { firstSuperuser: config.firstSuperuser, hasher, logger: rootLogger });
  if (command === "prestart") {
    await knex.destroy();
    return;
  }
  const { smtp, catcher } = await mailTransport(config);
  const tokens = new JwtTokenService({
    secretKey: config.secretKey,
    accessTokenExpireMinutes: config.accessTokenExpireMinutes,
    resetTokenExpireHours: config.emailResetTokenExpireHours,
  });
  const adapters = {
    users: new ObjectionUserRepository(knex),
    items: new ObjectionItemRepository(knex),
    hasher,
    tokens,
    mailer: mailerFor(config, smtp),
    readiness: () => checkDatabase(knex),
  };
  const onUnexpectedError = sentry ? (error: unknown) => Sentry.captureException(error) : undefined;
  // PostgreSQL holds the rate-limit counters so every replica sees the same ones; PGlite means one process.
  const rateLimitStore =
    config.database.kind === "postgres" ? { kind: "postgres" as const, knex } : { kind: "memory" as const };
  const container = createContainer(config, adapters);
  const metrics = await startMetrics(config, { knex, hasher });
  const app = createApp({ config, container, onUnexpectedError, rateLimitStore, httpMetrics: metrics?.httpMetrics });
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
    await running.close(config.shutdownGraceMs);
    await metrics?.close();
    await catcher?.close();
    await knex.destroy();
    if (sentry) await Sentry.close(2_000);
    await flushTraces();
    rootLogger.info("stopped");
    process.exit(0);
  };
  process.once("SIGTERM", () => void shutdown("SIGTERM"));
  process.once("SIGINT", () => void shutdown("SIGINT"));
}

main(process.argv[2]).catch((error: unknown) => {
  rootLogger.fatal({ err: error }, "start-up failed");
  process.exit(1);
});
