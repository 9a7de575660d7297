import type { Knex } from "knex";
import type { Mailer } from "../core/mail/mailer.js";
import type { Clock } from "../core/shared/clock.js";
import type { DomainError } from "../core/shared/errors.js";
import type { PasswordHasher } from "../core/users/ports.js";
import type { Config } from "./config.js";
import type { Adapters } from "./container.js";
import { webSessions } from "./http/browser-session/web-sessions.js";
import type { CounterLocation } from "./http/rate-limit/counter-store.js";
import type { DevIdentityProviderOptions } from "./identity/dev-provider/dev-identity-provider.js";
import { startIdentityProviders } from "./identity/identity-providers.js";
import { pendingFlowCookie } from "./identity/pending-flow.js";
import { appQueues } from "./jobs/job-workers.js";
import { PgBossRunner } from "./jobs/pg-boss-runner.js";
import { rootLogger } from "./logger.js";
import { configuredMailer } from "./mail/configured-mailer.js";
import type { LocalMailCatcher } from "./mail/local-mail-catcher.js";
import type { SmtpSettings } from "./mail/smtp-settings.js";
import { ObjectionAuditLog } from "./persistence/audit/objection-audit-log.js";
import { checkDatabase } from "./persistence/check-database.js";
import { portErrorOf } from "./persistence/database-unavailable.js";
import { ObjectionIdentityRepository } from "./persistence/identities/objection-identity-repository.js";
import { ObjectionItemRepository } from "./persistence/items/objection-item-repository.js";
import { createKnex } from "./persistence/knex.js";
import { KnexUnitOfWork } from "./persistence/knex-unit-of-work.js";
import { ObjectionSessionRepository } from "./persistence/objection-session-repository.js";
import { ObjectionInvitationRepository } from "./persistence/organizations/objection-invitation-repository.js";
import { ObjectionOrganizationRepository } from "./persistence/organizations/objection-organization-repository.js";
import { ObjectionPasskeyChallengeRepository } from "./persistence/passkeys/objection-passkey-challenge-repository.js";
import { ObjectionPasskeyRepository } from "./persistence/passkeys/objection-passkey-repository.js";
import { StoredSignInMethods } from "./persistence/passkeys/stored-sign-in-methods.js";
import { ObjectionMfaChallengeRepository } from "./persistence/two-factor/objection-mfa-challenge-repository.js";
import { ObjectionTwoFactorRepository } from "./persistence/two-factor/objection-two-factor-repository.js";
import { ObjectionLocaleRepository } from "./persistence/users/objection-locale-repository.js";
import { ObjectionUserRepository } from "./persistence/users/objection-user-repository.js";
import { AesGcmSecretBox } from "./security/aes-gcm-secret-box.js";
import { Argon2PasswordHasher } from "./security/argon2-password-hasher.js";
import { JwtTokenService } from "./security/jwt-token-service.js";
import { NodeCryptoSecretGenerator } from "./security/node-crypto-secret-generator.js";
import { OtpauthTotp } from "./security/otpauth-totp.js";
import { HmacRefreshTokenSeal } from "./security/refresh-token-seal.js";
import { securityFacts } from "./security/security-facts.js";
import { relyingPartyOf, SimpleWebAuthnCeremonies } from "./security/simple-webauthn-ceremonies.js";
import { systemClock } from "./system-clock.js";

/** What a caller (a test, the prestart command) puts in place of the configured adapter. */
export interface AdapterOverrides {
  /** A database the caller opened and closes; default: the configured one, closed by `close()`. */
  readonly knex?: Knex;
  readonly hasher?: PasswordHasher;
  readonly mailer?: Mailer;
  /** The SMTP server of the mailer, null for e-mail off; default: SMTP_* or the local mail catcher. */
  readonly smtp?: SmtpSettings | null;
  /** The clock of the use cases and of ID-token expiry; default the machine's. */
  readonly clock?: Clock;
  /** Options of the embedded development identity provider, when the configuration runs one. */
  readonly devIdentityProvider?: DevIdentityProviderOptions;
}

/** The production adapters of a configuration, plus what the process must start and stop around them. */
export interface BuiltAdapters extends Adapters {
  readonly knex: Knex;
  readonly counterLocation: CounterLocation;
  /** The port error a database driver's error means (an outage is `ServiceUnavailable`), for the error answers. */
  readonly portErrorOf: (error: unknown) => DomainError | null;
  /** The in-process mail catcher the mailer sends to, when one was started. */
  readonly mailCatcher: LocalMailCatcher | null;
  /** The durable job queue on the app's database (started; workers are started apart, see start-job-workers.ts). */
  readonly jobRunner: PgBossRunner;
  /** Stops the job queue (running jobs get `graceMs`), then the mailer and the database. */
  close(graceMs?: number): Promise<void>;
}

/** The one place adapters are built from configuration: by main.ts for production, by the test app with overrides. */
export async function createAdapters(config: Config, overrides: AdapterOverrides = {}): Promise<BuiltAdapters> {
  const knex = overrides.knex ?? createKnex(config.database);
  const locales = new ObjectionLocaleRepository(knex);
  const mail = overrides.mailer
    ? { mailer: overrides.mailer, catcher: null, close: async () => undefined }
    : await configuredMailer(config, overrides.smtp, (address) => locales.localeOfAddress(address));
  // PostgreSQL holds the rate-limit counters so every replica sees the same ones; PGlite means one process.
  const postgres = (knex.client.config as Knex.Config).client === "pg";
  const jobRunner = startJobRunner(knex, config);
  const users = new ObjectionUserRepository(knex);
  const passkeys = new ObjectionPasskeyRepository(knex);
  const identities = new ObjectionIdentityRepository(knex);
  const twoFactor = new ObjectionTwoFactorRepository(knex);
  const clock = overrides.clock ?? systemClock;
  const identityProviders = await startIdentityProviders(
    config.identity,
    { frontendHost: config.frontendHost, flows: pendingFlowCookie(config, clock) },
    clock,
    overrides.devIdentityProvider,
  );
  return {
    knex,
    users,
    locales,
    items: new ObjectionItemRepository(knex),
    organizations: new ObjectionOrganizationRepository(knex),
    invitations: new ObjectionInvitationRepository(knex),
    invitationPolicy: { expireDays: config.invitationExpireDays },
    // resource-generator: repositories
    sessions: new ObjectionSessionRepository(knex),
    passkeys,
    passkeyChallenges: new ObjectionPasskeyChallengeRepository(knex),
    webAuthn: new SimpleWebAuthnCeremonies(relyingPartyOf(config.frontendHost, config.projectName)),
    signInMethods: new StoredSignInMethods(users, identities),
    identities,
    otherWaysIn: { count: (userId, repositories) => repositories.passkeys.countByUser(userId) },
    identityProviders,
    unitOfWork: new KnexUnitOfWork(knex, jobRunner),
    jobs: jobRunner,
    auditLog: new ObjectionAuditLog(knex),
    secrets: new NodeCryptoSecretGenerator(),
    clock,
    sessionPolicy: { expireDays: config.sessions.expireDays, idleDays: config.sessions.idleDays },
    refreshTokenSeal: new HmacRefreshTokenSeal(config.secretKey),
    twoFactor,
    mfaChallenges: new ObjectionMfaChallengeRepository(knex),
    totp: new OtpauthTotp(),
    secretBox: new AesGcmSecretBox(config.secretKey),
    totpIssuer: config.projectName,
    webSessions: webSessions(config),
    hasher:
      overrides.hasher ??
      new Argon2PasswordHasher({
        maxConcurrentHashes: config.passwordHashConcurrency,
        maxQueuedHashes: config.hashQueueMax,
      }),
    tokens: new JwtTokenService({
      secretKey: config.secretKey,
      accessTokenExpireMinutes: config.accessTokenExpireMinutes,
      resetTokenExpireHours: config.emailResetTokenExpireHours,
    }),
    mailer: mail.mailer,
    emailVerification: config.emailVerification,
    securityFacts: securityFacts({ users, twoFactor, passkeys, identities }),
    readiness: () => checkDatabase(knex),
    portErrorOf,
    counterLocation: postgres ? { kind: "postgres", knex } : { kind: "memory" },
    mailCatcher: mail.catcher,
    jobRunner,
    close: async (graceMs = 1_000) => {
      await jobRunner.stop(graceMs);
      await mail.close();
      await identityProviders.close();
      if (!overrides.knex) await knex.destroy();
    },
  };
}

/**
 * pg-boss on the app's database; it supervises where workers run. It starts (schema, queues) as soon as the
 * database answers, in the background: the app starts and stays live through a database outage.
 */
function startJobRunner(knex: Knex, config: Config): PgBossRunner {
  const { jobs } = config;
  const runner = new PgBossRunner(knex, {
    supervise: jobs.worker,
    failedRetentionDays: jobs.failedRetentionDays,
    maintenanceIntervalSeconds: Math.min(60, Math.max(1, Math.floor(jobs.timeoutSeconds / 2))),
    queues: appQueues(jobs),
  });
  runner.start().catch((error: unknown) => rootLogger.warn({ err: error }, "the job queue did not start"));
  return runner;
}
