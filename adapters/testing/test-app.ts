import { systemClock } from "../system-clock.js";
import "reflect-metadata";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Knex } from "knex";
import type { Mailer } from "../../core/mail/mailer.js";
import type { Clock } from "../../core/shared/clock.js";
import { EnsureFirstSuperuser } from "../../core/users/ensure-first-superuser.js";
import type { PasswordHasher } from "../../core/users/ports.js";
import { type Config, loadConfig } from "../config.js";
import { createContainer } from "../container.js";
import { createAdapters } from "../create-adapters.js";
import { createApp } from "../http/app.js";
import { RegisterRoutes } from "../http/generated/routes.js";
import { listen } from "../http/server/http-server.js";
import type { DevIdentityProviderOptions } from "../identity/dev-provider/dev-identity-provider.js";
import { startJobWorkers } from "../jobs/start-job-workers.js";
import type { SmtpSettings } from "../mail/smtp-settings.js";
import { FastPasswordHasher } from "../memory/fast-password-hasher.js";
import { startMetrics } from "../observability/start-metrics.js";
import { openTestDatabase } from "./test-database.js";

export interface TestAppOptions {
  /** Environment variables on top of the test defaults (no `.env` file is read). */
  readonly env?: Record<string, string>;
  /** The mailer; default: the SmtpMailer of the configuration (e-mail off unless `smtp` or SMTP_* is given). */
  readonly mailer?: Mailer;
  /** The SMTP server the configured SmtpMailer sends to (a test server); default: none. */
  readonly smtp?: SmtpSettings;
  readonly database?: "pglite" | "postgres";
  /** Sees every unexpected (500) error, as Sentry would in production. */
  readonly onUnexpectedError?: (error: unknown) => void;
  /** An already migrated database to serve (the caller closes it); default: a fresh one of `database`'s kind. */
  readonly knex?: Knex;
  /** The password hasher; default a fast one (pass an Argon2PasswordHasher where hashing is the subject). */
  readonly hasher?: PasswordHasher;
  /** The app's clock (sessions, tokens, ID-token expiry); default the machine's. */
  readonly clock?: Clock;
  /** Options of the development identity provider, for an env with OIDC_DEV_PROVIDER=true. */
  readonly devIdentityProvider?: DevIdentityProviderOptions;
  /** Create the first superuser before serving (default true; false for a database that cannot be reached). */
  readonly seed?: boolean;
}

/** The real app on 127.0.0.1 (ephemeral port) over a fresh, migrated database with the first superuser seeded. */
export interface TestApp {
  readonly baseUrl: string;
  readonly knex: Knex;
  readonly config: Config;
  /** The Prometheus endpoint when the env sets METRICS_ENABLED=true (use METRICS_PORT=0), else null. */
  readonly metricsUrl: string | null;
  /** An access token of the first superuser (logged in once over HTTP, then cached). */
  superuserToken(): Promise<string>;
  /** One request to `baseUrl + path`; JSON bodies are sent as JSON, `form` as urlencoded. */
  call(method: string, path: string, options?: CallOptions): Promise<CallResult>;
  close(): Promise<void>;
}

export interface CallOptions {
  readonly token?: string;
  readonly json?: unknown;
  readonly form?: Record<string, string>;
  readonly headers?: Record<string, string>;
}

export interface CallResult {
  readonly status: number;
  readonly headers: Headers;
  /** The parsed JSON body, or the text when the body is not JSON. */
  // biome-ignore lint/suspicious/noExplicitAny: tests read response bodies field by field
  readonly body: any;
}

async function call(baseUrl: string, method: string, path: string, options: CallOptions = {}): Promise<CallResult> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token !== undefined) headers.authorization = `Bearer ${options.token}`;
  let body: string | URLSearchParams | undefined;
  if (options.json !== undefined) {
    headers["content-type"] ??= "application/json";
    body = JSON.stringify(options.json);
  } else if (options.form) body = new URLSearchParams(options.form);
  const response = await fetch(`${baseUrl}${path}`, { method, headers, body });
  const text = await response.text();
  let parsed: unknown = text;
  if (response.headers.get("content-type")?.includes("json")) parsed = JSON.parse(text);
  return { status: response.status, headers: response.headers, body: parsed };
}

const testEnv: Record<string, string> = {
  SECRET_KEY: "test-secret-key-of-reasonable-length",
  FIRST_SUPERUSER: "admin@example.com",
  FIRST_SUPERUSER_PASSWORD: "changethis",
  LOCAL_MAIL_CATCHER: "false",
  OIDC_DEV_PROVIDER: "false",
  WEB_DIST: join(tmpdir(), "aygentic-no-web-dist"),
  METRICS_ENABLED: "false",
};

export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const config = loadConfig({ ...testEnv, ...options.env }, { envFile: null });
  const database = options.knex
    ? { knex: options.knex, close: async () => undefined }
    : await openTestDatabase(options.database ?? "pglite");
  const adapters = await createAdapters(config, {
    knex: database.knex,
    hasher: options.hasher ?? new FastPasswordHasher(),
    mailer: options.mailer,
    smtp: options.smtp ?? null,
    clock: options.clock,
    devIdentityProvider: options.devIdentityProvider,
  });
  const { knex, users, hasher } = adapters;
  if (options.seed ?? true) {
    await new EnsureFirstSuperuser(users, hasher, systemClock).execute(
      config.firstSuperuser.email,
      config.firstSuperuser.password,
    );
  }
  const metrics = await startMetrics(config, { knex, hasher, routes: RegisterRoutes });
  // In the background: with the database unreachable, the app still serves (503s) and its workers start later.
  if (config.jobs.worker) void startJobWorkers(adapters, config, metrics?.registry ?? null).catch(() => undefined);
  const app = createApp({
    config,
    container: createContainer(adapters),
    onUnexpectedError: options.onUnexpectedError,
    portErrorOf: adapters.portErrorOf,
    counterLocation: adapters.counterLocation,
    httpMetrics: metrics?.httpMetrics,
  });
  const running = await listen(app, "127.0.0.1", 0);
  let token: Promise<string> | null = null;
  const logIn = async () => {
    const body = new URLSearchParams({
      username: config.firstSuperuser.email,
      password: config.firstSuperuser.password,
    });
    const response = await fetch(`${running.url}/api/v1/login/access-token`, { method: "POST", body });
    if (response.status !== 200) throw new Error(`superuser login failed: ${response.status} ${await response.text()}`);
    return ((await response.json()) as { access_token: string }).access_token;
  };
  return {
    baseUrl: running.url,
    knex,
    config,
    metricsUrl: metrics?.url ?? null,
    call: (method, path, callOptions) => call(running.url, method, path, callOptions),
    superuserToken: () => {
      token ??= logIn();
      return token;
    },
    close: async () => {
      await running.close(1_000);
      await metrics?.close();
      await adapters.close();
      await database.close();
    },
  };
}

let userCounter = 0;

/** A fresh regular user (signed up over HTTP) and their access token. */
export async function signUpAndLogIn(
  app: TestApp,
  fields: { email?: string; password?: string; fullName?: string | null } = {},
): Promise<{ id: string; email: string; password: string; token: string }> {
  userCounter += 1;
  const email = fields.email ?? `user-${process.pid}-${userCounter}-${Date.now()}@example.com`;
  const password = fields.password ?? "a-good-password";
  const json = { email, password, full_name: fields.fullName ?? null };
  const created = await app.call("POST", "/api/v1/users/signup", { json });
  if (created.status !== 200) throw new Error(`sign-up failed: ${created.status} ${JSON.stringify(created.body)}`);
  const login = await app.call("POST", "/api/v1/login/access-token", { form: { username: email, password } });
  return { id: created.body.id, email, password, token: login.body.access_token };
}
