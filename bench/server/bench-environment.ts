import { randomBytes } from "node:crypto";

/** The bench's first superuser: a fixed e-mail and a fresh password per run. */
export const benchAdmin = () => ({ email: "bench-admin@example.com", password: randomBytes(12).toString("base64url") });

/**
 * A server's environment under the bench: production settings, a real secret, no mail, no mail catcher; the login
 * limits stay active (their cost is part of ours) but high enough never to refuse the load.
 */
export const benchEnvironment = (
  databaseUrl: string,
  admin: { email: string; password: string },
  logLevel: string,
): Record<string, string> => ({
  NODE_ENV: "production",
  ENVIRONMENT: "production",
  DATABASE_URL: databaseUrl,
  SECRET_KEY: randomBytes(32).toString("base64url"),
  FIRST_SUPERUSER: admin.email,
  FIRST_SUPERUSER_PASSWORD: admin.password,
  LOCAL_MAIL_CATCHER: "false",
  LOG_LEVEL: logLevel,
  RATE_LIMIT_LOGIN_FAILURES_PER_ACCOUNT_IP: "999999999/1",
  RATE_LIMIT_LOGIN_FAILURES_PER_ACCOUNT: "999999999/1",
  RATE_LIMIT_LOGIN_FAILURES_PER_IP: "999999999/1",
});
