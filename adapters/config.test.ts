import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ConfigError, loadConfig, repoRoot } from "./config.js";

const load = (env: Record<string, string>) => loadConfig(env, { envFile: null });
const secrets = { SECRET_KEY: "a-signing-key-of-at-least-32-chars", FIRST_SUPERUSER_PASSWORD: "a-real-password" };

describe("loadConfig", () => {
  it("applies the documented defaults", () => {
    const config = load({});
    expect(config).toMatchObject({
      environment: "local",
      projectName: "Aygentic Starter",
      host: "127.0.0.1",
      port: 8000,
      apiV1Str: "/api/v1",
      accessTokenExpireMinutes: 11520,
      frontendHost: "http://localhost:5173",
      corsOrigins: ["http://localhost:5173"],
      smtp: null,
      emailsFrom: { name: "Aygentic Starter", address: null },
      emailResetTokenExpireHours: 48,
      emailVerification: { tokenExpireHours: 48, required: false },
      firstSuperuser: { email: "admin@example.com", password: "changethis" },
      sentryDsn: null,
      localMailCatcher: { enabled: true, smtpPort: 1025, webPort: 1080 },
      webDist: join(repoRoot(), "web", "dist"),
    });
    expect(config.database).toEqual({ kind: "pglite", dataDir: join(repoRoot(), ".data", "pglite") });
  });

  it("warns about default secrets in local", () => {
    expect(load({}).warnings.join(" ")).toMatch(/SECRET_KEY.*FIRST_SUPERUSER_PASSWORD/);
    expect(load(secrets).warnings).toEqual([]);
  });

  it.each(["staging", "production"])("refuses changethis secrets in %s, naming each variable", (environment) => {
    expect(() => load({ ENVIRONMENT: environment })).toThrow(/SECRET_KEY, FIRST_SUPERUSER_PASSWORD.*changethis/);
    expect(() => load({ ENVIRONMENT: environment, ...secrets, POSTGRES_SERVER: "db" })).toThrow(/POSTGRES_PASSWORD/);
    expect(load({ ENVIRONMENT: environment, ...secrets }).environment).toBe(environment);
  });

  describe("fails closed outside a developer's machine", () => {
    it.each([
      ["explicit", { ENVIRONMENT: "local" }, /ENVIRONMENT: is local, but NODE_ENV=production/],
      ["defaulted", {}, /ENVIRONMENT: is unset, so local, but NODE_ENV=production/],
    ])("refuses NODE_ENV=production with a local ENVIRONMENT (%s)", (_, env, message) => {
      expect(() => load({ NODE_ENV: "production", ...secrets, ...env })).toThrow(message);
      expect(load({ NODE_ENV: "production", ...secrets, ENVIRONMENT: "production" }).environment).toBe("production");
      expect(load({ NODE_ENV: "development", ...env }).environment).toBe("local");
    });

    it.each(["staging", "production"])("refuses a SECRET_KEY shorter than 32 characters in %s", (environment) => {
      const short = { ...secrets, ENVIRONMENT: environment, SECRET_KEY: "x".repeat(31) };
      expect(() => load(short)).toThrow(/SECRET_KEY: must be at least 32 characters/);
      expect(load({ ...short, SECRET_KEY: "x".repeat(32) }).secretKey).toHaveLength(32);
      expect(load({ SECRET_KEY: "x" }).secretKey).toBe("x");
    });

    it("refuses POSTGRES_PASSWORD=changethis outside local when the app builds its URL from it", () => {
      const server = { ...secrets, ENVIRONMENT: "production", POSTGRES_SERVER: "db" };
      expect(() => load({ ...server, POSTGRES_PASSWORD: "changethis" })).toThrow(
        /POSTGRES_PASSWORD: the value "changethis"/,
      );
      expect(load({ ...server, POSTGRES_PASSWORD: "db-secret" }).database.kind).toBe("postgres");
    });

    it("refuses a DATABASE_URL whose password is changethis outside local, and only warns locally", () => {
      const url = "postgres://app:changethis@db:5432/app";
      expect(() => load({ ...secrets, ENVIRONMENT: "staging", DATABASE_URL: url })).toThrow(
        /DATABASE_URL: the value "changethis"/,
      );
      expect(load({ ...secrets, DATABASE_URL: url }).warnings.join(" ")).toMatch(/DATABASE_URL/);
      const other = "postgres://app:other-secret@db:5432/changethis";
      expect(load({ ...secrets, ENVIRONMENT: "staging", DATABASE_URL: other }).database.kind).toBe("postgres");
    });

    it("refuses FIRST_SUPERUSER_PASSWORD=changethis outside local, naming only that variable", () => {
      const env = { ...secrets, ENVIRONMENT: "production", FIRST_SUPERUSER_PASSWORD: "changethis" };
      expect(() => load(env)).toThrow(/ FIRST_SUPERUSER_PASSWORD: the value "changethis"/);
      expect(() => load(env)).not.toThrow(/SECRET_KEY/);
    });
  });

  it("names the variable of a bad value", () => {
    for (const [name, value] of [
      ["PORT", "eighty"],
      ["ENVIRONMENT", "dev"],
      ["FRONTEND_HOST", "not a url"],
      ["SMTP_TLS", "maybe"],
      ["DATABASE_URL", "mysql://x"],
      ["BACKEND_CORS_ORIGINS", "ftp://x"],
    ] as const) {
      expect(() => load({ [name]: value })).toThrow(ConfigError);
      expect(() => load({ [name]: value })).toThrow(new RegExp(`${name}:`));
    }
  });

  it("reads CORS origins as a comma list or a JSON array and always adds FRONTEND_HOST", () => {
    const listed = load({
      BACKEND_CORS_ORIGINS: "http://a.example.com/, https://b.example.com",
      FRONTEND_HOST: "https://app.example.com",
    });
    expect(listed.corsOrigins).toEqual(["http://a.example.com", "https://b.example.com", "https://app.example.com"]);
    const json = load({ BACKEND_CORS_ORIGINS: '["http://c.example.com"]' });
    expect(json.corsOrigins).toEqual(["http://c.example.com", "http://localhost:5173"]);
  });

  it("chooses the database from DATABASE_URL, then POSTGRES_SERVER, else the embedded one", () => {
    expect(load({ DATABASE_URL: "memory://" }).database).toEqual({ kind: "pglite", dataDir: null });
    expect(load({ DATABASE_URL: "postgres://u@h:5432/d" }).database).toEqual({
      kind: "postgres",
      url: "postgres://u@h:5432/d",
    });
    const server = load({
      POSTGRES_SERVER: "db",
      POSTGRES_USER: "app",
      POSTGRES_PASSWORD: "p@ss",
      POSTGRES_DB: "main",
    });
    expect(server.database).toEqual({ kind: "postgres", url: "postgres://app:p%40ss@db:5432/main" });
  });

  it("runs one web process unless WEB_CONCURRENCY says more, and more only on PostgreSQL", () => {
    expect(load({}).webConcurrency).toBe(1);
    expect(load({ WEB_CONCURRENCY: "4", DATABASE_URL: "postgres://u@h:5432/d" }).webConcurrency).toBe(4);
    const refused = /WEB_CONCURRENCY: above 1 needs PostgreSQL/;
    expect(() => load({ WEB_CONCURRENCY: "2" })).toThrow(refused);
    expect(() => load({ WEB_CONCURRENCY: "2", DATABASE_URL: "memory://" })).toThrow(refused);
    expect(() => load({ WEB_CONCURRENCY: "0" })).toThrow(/WEB_CONCURRENCY/);
    expect(load({ WEB_CONCURRENCY: "auto" }).webConcurrency).toBe(1);
    const postgres = { WEB_CONCURRENCY: "auto", DATABASE_URL: "postgres://u@h:5432/d" };
    expect(load(postgres).webConcurrency).toBe(availableParallelism());
  });

  it("enables SMTP only when both SMTP_HOST and EMAILS_FROM_EMAIL are set", () => {
    expect(load({ SMTP_HOST: "smtp.example.com" }).smtp).toBeNull();
    const config = load({
      SMTP_HOST: "smtp.example.com",
      EMAILS_FROM_EMAIL: "info@example.com",
      SMTP_TLS: "false",
      SMTP_SSL: "1",
    });
    expect(config.smtp).toEqual({
      host: "smtp.example.com",
      port: 587,
      user: null,
      password: null,
      tls: false,
      ssl: true,
    });
    expect(config.emailsFrom).toEqual({ name: "Aygentic Starter", address: "info@example.com" });
  });

  it("turns rate limits on by default with the documented rules, and reads each rule and the switch", () => {
    expect(load({ ENVIRONMENT: "staging", ...secrets, DATABASE_URL: "postgres://app@db:5432/app" }).rateLimits).toEqual(
      {
        enabled: true,
        login: {
          perAccountIp: { points: 10, durationSeconds: 900 },
          perAccount: { points: 100, durationSeconds: 3600 },
          perIp: { points: 100, durationSeconds: 900 },
        },
        passwordRecovery: {
          perIp: { points: 20, durationSeconds: 3600 },
          perAccount: { points: 5, durationSeconds: 3600 },
        },
        signup: { perIp: { points: 20, durationSeconds: 3600 }, perAccount: { points: 5, durationSeconds: 3600 } },
        invitation: {
          perIp: { points: 50, durationSeconds: 3600 },
          perAccount: { points: 5, durationSeconds: 3600 },
        },
      },
    );
    const tuned = load({ RATE_LIMIT_ENABLED: "false", RATE_LIMIT_LOGIN_FAILURES_PER_ACCOUNT: " 3 / 60 " }).rateLimits;
    expect(tuned.enabled).toBe(false);
    expect(tuned.login.perAccount).toEqual({ points: 3000, durationSeconds: 60 });
  });

  it("multiplies every limit by RATE_LIMIT_LOCAL_MULTIPLIER in local only", () => {
    const local = load({}).rateLimits;
    expect(local.login.perAccountIp).toEqual({ points: 10_000, durationSeconds: 900 });
    expect(local.signup.perIp).toEqual({ points: 20_000, durationSeconds: 3600 });
    const tripled = load({ RATE_LIMIT_LOCAL_MULTIPLIER: "3" }).rateLimits;
    expect(tripled.passwordRecovery.perAccount).toEqual({ points: 15, durationSeconds: 3600 });
    const staging = load({
      ENVIRONMENT: "staging",
      RATE_LIMIT_LOCAL_MULTIPLIER: "3",
      ...secrets,
      DATABASE_URL: "postgres://app@db:5432/app",
    });
    expect(staging.rateLimits.passwordRecovery.perAccount).toEqual({ points: 5, durationSeconds: 3600 });
    expect(() => load({ RATE_LIMIT_LOCAL_MULTIPLIER: "0" })).toThrow(/RATE_LIMIT_LOCAL_MULTIPLIER/);
  });

  it("logs every request unless REQUEST_LOG says only errors or none", () => {
    expect(load({}).requestLog).toBe("all");
    expect(load({ REQUEST_LOG: "errors" }).requestLog).toBe("errors");
    expect(load({ REQUEST_LOG: "off" }).requestLog).toBe("off");
    expect(() => load({ REQUEST_LOG: "some" })).toThrow(/REQUEST_LOG/);
  });

  it("trusts no proxy hop unless TRUSTED_PROXIES says how many", () => {
    expect(load({}).trustedProxies).toBe(0);
    expect(load({ TRUSTED_PROXIES: "1" }).trustedProxies).toBe(1);
    expect(() => load({ TRUSTED_PROXIES: "-1" })).toThrow(/TRUSTED_PROXIES/);
  });

  it.each(["10", "0/60", "10/0", "ten/60", "-1/60", "1.5/60"])(
    "refuses the rate rule %s, naming the variable",
    (rule) => {
      expect(() => load({ RATE_LIMIT_SIGNUP_PER_IP: rule })).toThrow(
        /RATE_LIMIT_SIGNUP_PER_IP: must be <points>\/<seconds>/,
      );
    },
  );

  it("bounds the password hash concurrency and reads the shutdown grace period", () => {
    expect(load({})).toMatchObject({ passwordHashConcurrency: 2, shutdownGraceMs: 25_000 });
    expect(load({ PASSWORD_HASH_CONCURRENCY: "4", SHUTDOWN_GRACE_SECONDS: "5" })).toMatchObject({
      passwordHashConcurrency: 4,
      shutdownGraceMs: 5_000,
    });
    expect(() => load({ PASSWORD_HASH_CONCURRENCY: "0" })).toThrow(/PASSWORD_HASH_CONCURRENCY/);
  });

  it("serves metrics on port 9464 by default, another port or none as configured", () => {
    expect(load({}).metrics).toEqual({ enabled: true, port: 9464 });
    expect(load({ METRICS_PORT: "9100", METRICS_ENABLED: "false" }).metrics).toEqual({ enabled: false, port: 9100 });
    expect(() => load({ METRICS_PORT: "70000" })).toThrow(/METRICS_PORT/);
    expect(() => load({ METRICS_ENABLED: "maybe" })).toThrow(/METRICS_ENABLED: must be true or false/);
  });

  it("reads the session lifetimes and cookie name, refusing a name a cookie cannot carry", () => {
    expect(load({}).sessions).toEqual({ expireDays: 30, idleDays: 7, cookieName: "aygentic_session" });
    const custom = { SESSION_EXPIRE_DAYS: "14", SESSION_IDLE_DAYS: "2", SESSION_COOKIE_NAME: "__Host-sid" };
    expect(load(custom).sessions).toEqual({ expireDays: 14, idleDays: 2, cookieName: "__Host-sid" });
    expect(() => load({ SESSION_EXPIRE_DAYS: "0" })).toThrow(/SESSION_EXPIRE_DAYS/);
    expect(() => load({ SESSION_IDLE_DAYS: "x" })).toThrow(/SESSION_IDLE_DAYS/);
    expect(load({}).invitationExpireDays).toBe(7);
    expect(load({ INVITATION_EXPIRE_DAYS: "3" }).invitationExpireDays).toBe(3);
    expect(() => load({ INVITATION_EXPIRE_DAYS: "0" })).toThrow(/INVITATION_EXPIRE_DAYS/);
    expect(() => load({ SESSION_COOKIE_NAME: "a session" })).toThrow(/SESSION_COOKIE_NAME/);
    expect(() => load({ SESSION_COOKIE_NAME: "a;b=c" })).toThrow(/SESSION_COOKIE_NAME/);
  });

  it("keeps audit events 365 days unless AUDIT_RETENTION_DAYS says otherwise, refusing nonsense", () => {
    expect(load({}).auditRetentionDays).toBe(365);
    expect(load({ AUDIT_RETENTION_DAYS: "30" }).auditRetentionDays).toBe(30);
    for (const value of ["0", "-1", "1.5", "forever", "36501"]) {
      expect(() => load({ AUDIT_RETENTION_DAYS: value }), value).toThrow(/AUDIT_RETENTION_DAYS/);
    }
  });

  it("runs job workers with the documented retry and retention settings unless told otherwise, refusing nonsense", () => {
    expect(load({}).jobs).toEqual({
      worker: true,
      retryDelaySeconds: 30,
      maxAttempts: 10,
      failedRetentionDays: 14,
      timeoutSeconds: 300,
    });
    const custom = {
      JOBS_WORKER: "false",
      JOB_RETRY_DELAY_SECONDS: "5",
      JOB_MAX_ATTEMPTS: "3",
      JOB_FAILED_RETENTION_DAYS: "30",
      JOB_TIMEOUT_SECONDS: "60",
    };
    expect(load(custom).jobs).toEqual({
      worker: false,
      retryDelaySeconds: 5,
      maxAttempts: 3,
      failedRetentionDays: 30,
      timeoutSeconds: 60,
    });
    for (const [name, value] of [
      ["JOBS_WORKER", "maybe"],
      ["JOB_RETRY_DELAY_SECONDS", "0"],
      ["JOB_MAX_ATTEMPTS", "0"],
      ["JOB_MAX_ATTEMPTS", "2.5"],
      ["JOB_FAILED_RETENTION_DAYS", "-1"],
      ["JOB_TIMEOUT_SECONDS", "1"],
    ] as const) {
      expect(() => load({ [name]: value }), `${name}=${value}`).toThrow(new RegExp(name));
    }
  });

  it("ignores empty values", () => {
    expect(load({ PORT: "", PROJECT_NAME: "" })).toMatchObject({ port: 8000, projectName: "Aygentic Starter" });
  });

  describe("with a .env file", () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), "aygentic-env-"));
      await writeFile(join(dir, ".env"), "PROJECT_NAME=From File\nPORT=9000\nSMTP_HOST=\n");
    });
    afterAll(() => rm(dir, { recursive: true, force: true }));

    it("reads it, with the process environment taking precedence", () => {
      const config = loadConfig({ PORT: "9100" }, { envFile: join(dir, ".env") });
      expect(config).toMatchObject({ projectName: "From File", port: 9100, smtp: null });
    });
  });
});
