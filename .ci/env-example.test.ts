import { describe, expect, test } from "vitest";
import { loadConfig } from "../adapters/config.js";
import { loadCompose } from "./support/compose-project.js";
import { readEnvFile } from "./support/env-file.js";

const env = readEnvFile(".env.example");
const services = (files: string[], overrides: Record<string, string> = {}) =>
  loadCompose(files, new Map([...env, ...Object.entries(overrides)])).merged.services;
/** What the API process sees in a container: the service's environment plus the image's HOST and PORT. */
const containerEnv = (environment: Record<string, unknown> | undefined) => ({
  ...Object.fromEntries(Object.entries(environment ?? {}).map(([key, value]) => [key, String(value ?? "")])),
  HOST: "0.0.0.0",
  PORT: "8000",
});

// The variables of docs/deployment/environments.md, plus this implementation's own.
const documented = [
  ["ENVIRONMENT", "PROJECT_NAME", "PORT", "HOST", "API_V1_STR", "SECRET_KEY", "ACCESS_TOKEN_EXPIRE_MINUTES"],
  ["FRONTEND_HOST", "BACKEND_CORS_ORIGINS", "DATABASE_URL", "POSTGRES_SERVER", "POSTGRES_PORT", "POSTGRES_USER"],
  ["POSTGRES_PASSWORD", "POSTGRES_DB", "SMTP_HOST", "SMTP_PORT", "SMTP_USER", "SMTP_PASSWORD", "SMTP_TLS", "SMTP_SSL"],
  ["EMAILS_FROM_EMAIL", "EMAILS_FROM_NAME", "EMAIL_RESET_TOKEN_EXPIRE_HOURS", "FIRST_SUPERUSER"],
  ["EMAIL_VERIFY_TOKEN_EXPIRE_HOURS", "EMAIL_VERIFICATION_REQUIRED"],
  ["FIRST_SUPERUSER_PASSWORD", "SENTRY_DSN", "LOCAL_MAIL_CATCHER", "MAIL_CATCHER_SMTP_PORT", "MAIL_CATCHER_WEB_PORT"],
  ["LOG_LEVEL", "REQUEST_LOG", "WEB_DIST", "SHUTDOWN_GRACE_SECONDS", "PASSWORD_HASH_CONCURRENCY", "RATE_LIMIT_ENABLED"],
  ["RATE_LIMIT_LOCAL_MULTIPLIER", "RATE_LIMIT_LOGIN_FAILURES_PER_ACCOUNT_IP", "RATE_LIMIT_LOGIN_FAILURES_PER_ACCOUNT"],
  ["RATE_LIMIT_LOGIN_FAILURES_PER_IP", "RATE_LIMIT_RECOVERY_PER_IP", "RATE_LIMIT_RECOVERY_PER_ACCOUNT"],
  ["RATE_LIMIT_SIGNUP_PER_IP", "RATE_LIMIT_SIGNUP_PER_ACCOUNT", "TRUSTED_PROXIES"],
  ["METRICS_ENABLED", "METRICS_PORT", "OTEL_EXPORTER_OTLP_ENDPOINT", "AUDIT_RETENTION_DAYS"],
  ["JOBS_WORKER", "JOB_RETRY_DELAY_SECONDS", "JOB_MAX_ATTEMPTS", "JOB_FAILED_RETENTION_DAYS", "JOB_TIMEOUT_SECONDS"],
].flat();

describe(".env.example", () => {
  test("has every configuration variable, with changethis where the seed has it", () => {
    expect(documented.filter((name) => !env.has(name))).toEqual([]);
    expect([env.get("SECRET_KEY"), env.get("POSTGRES_PASSWORD"), env.get("FIRST_SUPERUSER_PASSWORD")]).toEqual([
      "changethis",
      "changethis",
      "changethis",
    ]);
  });

  test("starts the app locally on the embedded database, warning about the default secrets", () => {
    const config = loadConfig({}, { envFile: ".env.example" });
    expect(config.environment).toBe("local");
    expect(config.database.kind).toBe("pglite");
    expect(config.warnings.join(" ")).toMatch(/SECRET_KEY/);
  });

  test("is refused in production until the secrets are replaced", () => {
    expect(() => loadConfig({ ENVIRONMENT: "production" }, { envFile: ".env.example" })).toThrow(/changethis/);
  });
});

describe("the API container's environment", () => {
  test("locally: PostgreSQL in the db service, mail to the mail catcher, no in-process catcher", () => {
    const backend = services(["compose.yml", "compose.override.yml"]).backend;
    const config = loadConfig(containerEnv(backend?.environment), { envFile: null });
    expect(config.database).toEqual({ kind: "postgres", url: "postgres://postgres:changethis@db:5432/app" });
    expect(config.smtp).toMatchObject({ host: "mailcatcher", port: 1025, tls: false, ssl: false });
    expect(config.localMailCatcher.enabled).toBe(false);
    expect(config.frontendHost).toBe("http://localhost:5173");
  });

  test("in production: valid once secrets are set, with the dashboard as the CORS origin", () => {
    const secrets = {
      ENVIRONMENT: "production",
      DOMAIN: "example.com",
      SECRET_KEY: "s3cret-s3cret-s3cret-s3cret-s3cret",
    };
    const production = { ...secrets, POSTGRES_PASSWORD: "db-s3cret", FIRST_SUPERUSER_PASSWORD: "admin-s3cret" };
    const backend = services(["compose.yml"], production).backend;
    const config = loadConfig(containerEnv(backend?.environment), { envFile: null });
    expect(config.environment).toBe("production");
    expect(config.host).toBe("0.0.0.0");
    expect(config.corsOrigins).toContain("https://dashboard.example.com");
    expect(config.database.kind).toBe("postgres");
  });
});
