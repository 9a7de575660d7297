import { existsSync, readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseDotenv } from "dotenv";
import { z } from "zod";
import { defaultSecretsIn, type StartUpSecrets, startUpRefusals } from "./config-refusals.js";
import { REQUEST_LOG_MODES, type RequestLogMode } from "./http/middleware/request-log.js";
import {
  parseRateRule,
  type RateLimitSettings,
  rateLimitSettings,
  rateLimitVariables,
} from "./http/rate-limit/settings.js";
import { type IdentitySettings, identitySettings } from "./identity/identity-settings.js";
import type { JobSettings } from "./jobs/job-settings.js";
import type { SmtpSettings } from "./mail/smtp-settings.js";
import type { DatabaseSettings } from "./persistence/knex.js";

export type Environment = "local" | "staging" | "production";

/** The whole, validated configuration of the process (docs/deployment/environments.md). */
export interface Config {
  readonly environment: Environment;
  readonly projectName: string;
  readonly host: string;
  readonly port: number;
  readonly apiV1Str: string;
  readonly secretKey: string;
  readonly accessTokenExpireMinutes: number;
  readonly frontendHost: string;
  /** BACKEND_CORS_ORIGINS plus FRONTEND_HOST. */
  readonly corsOrigins: readonly string[];
  readonly database: DatabaseSettings;
  /** Present only when e-mail is enabled (SMTP_HOST and EMAILS_FROM_EMAIL set). */
  readonly smtp: SmtpSettings | null;
  readonly emailsFrom: { readonly name: string; readonly address: string | null };
  readonly emailResetTokenExpireHours: number;
  /** How long a verification link works, and whether unverified accounts are refused (docs/security/email-verification.md). */
  readonly emailVerification: { readonly tokenExpireHours: number; readonly required: boolean };
  readonly firstSuperuser: { readonly email: string; readonly password: string };
  readonly sentryDsn: string | null;
  readonly localMailCatcher: { readonly enabled: boolean; readonly smtpPort: number; readonly webPort: number };
  readonly logLevel: string;
  /** Which requests get the one log line: all, only answers of 400 and above, or none (the proxy keeps an access log). */
  readonly requestLog: RequestLogMode;
  readonly webDist: string;
  /** Per-IP and per-account limits on login, password recovery and sign-up (docs/security/limits.md). */
  readonly rateLimits: RateLimitSettings;
  /** How many proxy hops in front of the app are trusted to set `X-Forwarded-For`; 0 = none. */
  readonly trustedProxies: number;
  /** How long a SIGTERM waits for in-flight requests before closing their connections. */
  readonly shutdownGraceMs: number;
  /** How many argon2 hashes run at once (64 MiB each); the rest wait in a queue. */
  readonly passwordHashConcurrency: number;
  /** How many hashes may wait for a free slot; past it a request that needs one is refused at once (503). */
  readonly hashQueueMax: number;
  /** The Prometheus listener (its own port, never the public one; docs/deployment/observability.md). */
  readonly metrics: { readonly enabled: boolean; readonly port: number };
  /** How many processes serve the one port (node:cluster); above 1 only on PostgreSQL. */
  readonly webConcurrency: number;
  /** How long sessions live and stay idle, and the name of the SPA's session cookie (docs/security/sessions.md). */
  readonly sessions: { readonly expireDays: number; readonly idleDays: number; readonly cookieName: string };
  /** How many days audit events are kept (docs/security/audit-log.md). */
  readonly auditRetentionDays: number;
  /** How long an invitation link stays valid (INVITATION_EXPIRE_DAYS). */
  readonly invitationExpireDays: number;
  /** The durable job queue: retries, how long failed jobs are kept, and whether this process runs workers. */
  readonly jobs: JobSettings;
  /** Sign-in with identity providers (docs/security/identity-providers.md). */
  readonly identity: IdentitySettings;
  /** Default secrets tolerated in local, to be logged at start-up. */
  readonly warnings: readonly string[];
}

/** A configuration that cannot start the app; the message names every bad variable. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

/** The repository root: the nearest folder above this module holding package.json (works from the build too). */
export function repoRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json")) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

const boolish = z
  .string()
  .trim()
  .toLowerCase()
  .refine((value) => ["true", "false", "1", "0", "yes", "no", "on", "off"].includes(value), "must be true or false")
  .transform((value) => ["true", "1", "yes", "on"].includes(value));

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);
const port = int(0, 65535);
const url = z.url({ protocol: /^https?$/ }).transform((value) => value.replace(/\/+$/, ""));

function origins(raw: string, context: z.RefinementCtx): string[] {
  let list: unknown = raw.split(",").map((origin) => origin.trim());
  if (raw.trim().startsWith("[")) {
    try {
      list = JSON.parse(raw);
    } catch {
      context.addIssue({ code: "custom", message: "is not a JSON array of origins" });
      return [];
    }
  }
  const parsed = z.array(z.string()).safeParse(list);
  if (!parsed.success) {
    context.addIssue({ code: "custom", message: "must be a list of origins" });
    return [];
  }
  return parsed.data
    .filter((origin) => origin !== "")
    .flatMap((origin) => {
      const checked = url.safeParse(origin);
      if (checked.success) return [checked.data];
      context.addIssue({ code: "custom", message: `"${origin}" is not an http(s) origin` });
      return [];
    });
}

const rateRule = z.string().refine((value) => parseRateRule(value) !== null, "must be <points>/<seconds>, e.g. 10/900");

const rateRules = Object.fromEntries(
  Object.entries(rateLimitVariables).map(([name, fallback]) => [name, rateRule.default(fallback)]),
) as Record<keyof typeof rateLimitVariables, z.ZodDefault<typeof rateRule>>;

const schema = z.object({
  ENVIRONMENT: z.enum(["local", "staging", "production"]).default("local"),
  PROJECT_NAME: z.string().default("Aygentic Starter"),
  HOST: z.string().default("127.0.0.1"),
  PORT: port.default(8000),
  API_V1_STR: z.literal("/api/v1", "only /api/v1 is supported (the routes are generated)").default("/api/v1"),
  SECRET_KEY: z.string().min(1).default("changethis"),
  ACCESS_TOKEN_EXPIRE_MINUTES: int(1, 10_000_000).default(11520),
  FRONTEND_HOST: url.default("http://localhost:5173"),
  BACKEND_CORS_ORIGINS: z.string().default("").transform(origins),
  DATABASE_URL: z
    .string()
    .regex(/^(postgres(ql)?:\/\/|memory:\/\/)/, "must be a postgres:// URL or memory://")
    .optional(),
  POSTGRES_SERVER: z.string().optional(),
  POSTGRES_PORT: port.default(5432),
  POSTGRES_USER: z.string().default("postgres"),
  POSTGRES_PASSWORD: z.string().default("changethis"),
  POSTGRES_DB: z.string().default("app"),
  SMTP_HOST: z.string().optional(),
  SMTP_PORT: port.default(587),
  SMTP_USER: z.string().optional(),
  SMTP_PASSWORD: z.string().optional(),
  SMTP_TLS: boolish.default(true),
  SMTP_SSL: boolish.default(false),
  EMAILS_FROM_EMAIL: z.email().optional(),
  EMAILS_FROM_NAME: z.string().optional(),
  EMAIL_RESET_TOKEN_EXPIRE_HOURS: int(1, 100_000).default(48),
  EMAIL_VERIFY_TOKEN_EXPIRE_HOURS: int(1, 100_000).default(48),
  EMAIL_VERIFICATION_REQUIRED: boolish.default(false),
  FIRST_SUPERUSER: z.email().default("admin@example.com"),
  FIRST_SUPERUSER_PASSWORD: z.string().min(8).max(128).default("changethis"),
  SENTRY_DSN: z.url().optional(),
  LOCAL_MAIL_CATCHER: boolish.default(true),
  MAIL_CATCHER_SMTP_PORT: port.default(1025),
  MAIL_CATCHER_WEB_PORT: port.default(1080),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  REQUEST_LOG: z.enum(REQUEST_LOG_MODES).default("all"),
  WEB_DIST: z.string().default("web/dist"),
  RATE_LIMIT_ENABLED: boolish.default(true),
  RATE_LIMIT_LOCAL_MULTIPLIER: int(1, 1_000_000).default(1000),
  TRUSTED_PROXIES: int(0, 32).default(0),
  PASSWORD_HASH_CONCURRENCY: int(1, 64).default(2),
  HASH_QUEUE_MAX: int(0, 100_000).default(64),
  SHUTDOWN_GRACE_SECONDS: int(0, 3600).default(25),
  METRICS_ENABLED: boolish.default(true),
  METRICS_PORT: port.default(9464),
  WEB_CONCURRENCY: z.union([z.literal("auto"), int(1, 256)]).default(1),
  SESSION_EXPIRE_DAYS: int(1, 3650).default(30),
  SESSION_IDLE_DAYS: int(1, 3650).default(7),
  INVITATION_EXPIRE_DAYS: int(1, 3650).default(7),
  AUDIT_RETENTION_DAYS: int(1, 36500).default(365),
  JOBS_WORKER: boolish.default(true),
  JOB_RETRY_DELAY_SECONDS: int(1, 86_400).default(30),
  JOB_MAX_ATTEMPTS: int(1, 100).default(10),
  JOB_FAILED_RETENTION_DAYS: int(1, 3650).default(14),
  JOB_TIMEOUT_SECONDS: int(5, 86_400).default(300),
  // A cookie-name token (RFC 6265): no separators, spaces or controls.
  SESSION_COOKIE_NAME: z
    .string()
    .regex(/^[!#$%&'*+\-.^_`|~0-9A-Za-z]{1,64}$/, "must be a cookie name (letters, digits, !#$%&'*+-.^_`|~)")
    .default("aygentic_session"),
  ...rateRules,
});

type Raw = z.infer<typeof schema>;

// Only local development gets the generous limits, so a developer's own test suite never trips them.
const localMultiplier = (raw: Raw): number => (raw.ENVIRONMENT === "local" ? raw.RATE_LIMIT_LOCAL_MULTIPLIER : 1);

/** `auto` (the images' default): a worker per CPU this process may use on PostgreSQL, one on the embedded database. */
function webConcurrencyOf(setting: Raw["WEB_CONCURRENCY"], database: DatabaseSettings): number {
  if (setting !== "auto") return setting;
  return database.kind === "postgres" ? availableParallelism() : 1;
}

function databaseOf(raw: Raw, root: string): DatabaseSettings {
  if (raw.DATABASE_URL === "memory://") return { kind: "pglite", dataDir: null };
  if (raw.DATABASE_URL) return { kind: "postgres", url: raw.DATABASE_URL };
  if (raw.POSTGRES_SERVER) {
    const auth = `${encodeURIComponent(raw.POSTGRES_USER)}:${encodeURIComponent(raw.POSTGRES_PASSWORD)}`;
    const db = encodeURIComponent(raw.POSTGRES_DB);
    return { kind: "postgres", url: `postgres://${auth}@${raw.POSTGRES_SERVER}:${raw.POSTGRES_PORT}/${db}` };
  }
  return { kind: "pglite", dataDir: join(root, ".data", "pglite") };
}

function startUpSecrets(raw: Raw, merged: Record<string, string | undefined>): StartUpSecrets {
  const usesServerPassword = !raw.DATABASE_URL && raw.POSTGRES_SERVER;
  return {
    environment: raw.ENVIRONMENT,
    environmentSet: merged.ENVIRONMENT !== undefined,
    nodeEnv: merged.NODE_ENV,
    secretKey: raw.SECRET_KEY,
    firstSuperuserPassword: raw.FIRST_SUPERUSER_PASSWORD,
    postgresPassword: usesServerPassword ? raw.POSTGRES_PASSWORD : null,
    databaseUrl: raw.DATABASE_URL,
  };
}

/** Reads `.env` (unless `envFile` is null) under `env`, drops empty values, validates, and builds the Config. */
export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  options: { envFile?: string | null } = {},
): Config {
  const root = repoRoot();
  const envFile = options.envFile === undefined ? join(root, ".env") : options.envFile;
  const fromFile = envFile && existsSync(envFile) ? parseDotenv(readFileSync(envFile)) : {};
  const merged = Object.fromEntries(
    Object.entries({ ...fromFile, ...env }).filter(([, value]) => value !== undefined && value !== ""),
  );
  const result = schema.safeParse(merged);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${problems.join("\n  ")}`);
  }
  const raw = result.data;
  const checked = startUpSecrets(raw, merged);
  const refusals = startUpRefusals(checked);
  const identity = identitySettings(merged, raw.ENVIRONMENT, refusals);
  if (refusals.length > 0) throw new ConfigError(`Invalid configuration:\n  ${refusals.join("\n  ")}`);
  const secrets = defaultSecretsIn(checked);
  const emailEnabled = Boolean(raw.SMTP_HOST && raw.EMAILS_FROM_EMAIL);
  const database = databaseOf(raw, root);
  const webConcurrency = webConcurrencyOf(raw.WEB_CONCURRENCY, database);
  if (webConcurrency > 1 && database.kind !== "postgres") {
    throw new ConfigError(
      "Invalid configuration:\n  WEB_CONCURRENCY: above 1 needs PostgreSQL (DATABASE_URL or POSTGRES_SERVER); the embedded database belongs to one process",
    );
  }
  return {
    environment: raw.ENVIRONMENT,
    projectName: raw.PROJECT_NAME,
    host: raw.HOST,
    port: raw.PORT,
    apiV1Str: raw.API_V1_STR,
    secretKey: raw.SECRET_KEY,
    accessTokenExpireMinutes: raw.ACCESS_TOKEN_EXPIRE_MINUTES,
    frontendHost: raw.FRONTEND_HOST,
    corsOrigins: [...new Set([...raw.BACKEND_CORS_ORIGINS, raw.FRONTEND_HOST])],
    database,
    smtp:
      emailEnabled && raw.SMTP_HOST
        ? {
            host: raw.SMTP_HOST,
            port: raw.SMTP_PORT,
            user: raw.SMTP_USER ?? null,
            password: raw.SMTP_PASSWORD ?? null,
            tls: raw.SMTP_TLS,
            ssl: raw.SMTP_SSL,
          }
        : null,
    emailsFrom: { name: raw.EMAILS_FROM_NAME ?? raw.PROJECT_NAME, address: raw.EMAILS_FROM_EMAIL ?? null },
    emailResetTokenExpireHours: raw.EMAIL_RESET_TOKEN_EXPIRE_HOURS,
    emailVerification: {
      tokenExpireHours: raw.EMAIL_VERIFY_TOKEN_EXPIRE_HOURS,
      required: raw.EMAIL_VERIFICATION_REQUIRED,
    },
    firstSuperuser: { email: raw.FIRST_SUPERUSER, password: raw.FIRST_SUPERUSER_PASSWORD },
    sentryDsn: raw.SENTRY_DSN ?? null,
    localMailCatcher: {
      enabled: raw.LOCAL_MAIL_CATCHER,
      smtpPort: raw.MAIL_CATCHER_SMTP_PORT,
      webPort: raw.MAIL_CATCHER_WEB_PORT,
    },
    logLevel: raw.LOG_LEVEL,
    requestLog: raw.REQUEST_LOG,
    webDist: isAbsolute(raw.WEB_DIST) ? raw.WEB_DIST : resolve(root, raw.WEB_DIST),
    rateLimits: rateLimitSettings(raw.RATE_LIMIT_ENABLED, raw, localMultiplier(raw)),
    trustedProxies: raw.TRUSTED_PROXIES,
    passwordHashConcurrency: raw.PASSWORD_HASH_CONCURRENCY,
    hashQueueMax: raw.HASH_QUEUE_MAX,
    shutdownGraceMs: raw.SHUTDOWN_GRACE_SECONDS * 1000,
    metrics: { enabled: raw.METRICS_ENABLED, port: raw.METRICS_PORT },
    webConcurrency,
    sessions: {
      expireDays: raw.SESSION_EXPIRE_DAYS,
      idleDays: raw.SESSION_IDLE_DAYS,
      cookieName: raw.SESSION_COOKIE_NAME,
    },
    auditRetentionDays: raw.AUDIT_RETENTION_DAYS,
    invitationExpireDays: raw.INVITATION_EXPIRE_DAYS,
    jobs: {
      worker: raw.JOBS_WORKER,
      retryDelaySeconds: raw.JOB_RETRY_DELAY_SECONDS,
      maxAttempts: raw.JOB_MAX_ATTEMPTS,
      failedRetentionDays: raw.JOB_FAILED_RETENTION_DAYS,
      timeoutSeconds: raw.JOB_TIMEOUT_SECONDS,
    },
    identity,
    warnings: secrets.map((name) => `${name} is "changethis"; fine for local development, refused elsewhere`),
  };
}
