import { createHash } from "node:crypto";
import type { Context, Middleware } from "koa";
import { type RateLimiterAbstract, RateLimiterRes } from "rate-limiter-flexible";
import type { GuardRules, RateLimitSettings } from "./rate-limit-settings.js";
import type { RateLimiters } from "./rate-limiters.js";

/** `ctx.state` key naming the operation (login, recovery, signup) whose limit refused the request, for the metrics. */
export const RATE_LIMITED_OPERATION = "rateLimitedOperation";

interface Guard {
  readonly operation: string;
  readonly path: RegExp;
  readonly perIp: RateLimiterAbstract;
  readonly perAccount: RateLimiterAbstract;
  readonly account: (ctx: Context, match: RegExpExecArray) => unknown;
  /** A successful login clears the account's counter, so only failed attempts lock an account. */
  readonly resetOnSuccess: boolean;
}

const bodyField = (ctx: Context, name: string): unknown =>
  (ctx.request.body as Record<string, unknown> | undefined)?.[name];

function pathSegment(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

// Keys are hashed: bounded length whatever the input, and no e-mail addresses or IPs stored in the counters table.
const keyOf = (value: string) => createHash("sha256").update(value).digest("base64url");

// "Name <address>" counts as the address, so display names cannot multiply one account's allowance.
const accountKey = (value: unknown): string | null => {
  if (typeof value !== "string") return null;
  const address = (/<([^<>]*)>\s*$/.exec(value)?.[1] ?? value).trim().toLowerCase();
  return address === "" ? null : keyOf(address);
};

function tooManyRequests(ctx: Context, refusals: RateLimiterRes[]): void {
  const waitMs = Math.max(...refusals.map((refusal) => refusal.msBeforeNext));
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  ctx.status = 429;
  ctx.set("Retry-After", String(seconds));
  ctx.body = { detail: `Too many requests. Try again in ${seconds} seconds.` };
}

/** Per-IP and per-account limits on login, password recovery and sign-up: 429 with Retry-After once exceeded. */
export function rateLimitMiddleware(
  settings: RateLimitSettings,
  limiters: RateLimiters,
  prefix = "/api/v1",
): Middleware {
  if (!settings.enabled) return (_ctx, next) => next();
  const make = (name: string, rules: GuardRules) => ({
    operation: name,
    perIp: limiters.create(`${name}_ip`, rules.perIp),
    perAccount: limiters.create(`${name}_account`, rules.perAccount),
  });
  const guards: Guard[] = [
    {
      path: new RegExp(`^${prefix}/login/access-token/?$`),
      ...make("login", settings.login),
      account: (ctx) => bodyField(ctx, "username"),
      resetOnSuccess: true,
    },
    {
      path: new RegExp(`^${prefix}/password-recovery/([^/]+)/?$`),
      ...make("recovery", settings.passwordRecovery),
      account: (_ctx, match) => pathSegment(match[1] ?? ""),
      resetOnSuccess: false,
    },
    {
      path: new RegExp(`^${prefix}/users/signup/?$`),
      ...make("signup", settings.signup),
      account: (ctx) => bodyField(ctx, "email"),
      resetOnSuccess: false,
    },
  ];
  return async (ctx, next) => {
    if (ctx.method !== "POST") return next();
    const found = guards.map((guard) => ({ guard, match: guard.path.exec(ctx.path) })).find((entry) => entry.match);
    if (!found?.match) return next();
    const { guard, match } = found;
    await limiters.ready();
    const account = accountKey(guard.account(ctx, match));
    const checks: [RateLimiterAbstract, string][] = [[guard.perIp, keyOf(ctx.ip)]];
    if (account) checks.push([guard.perAccount, account]);
    const results = await Promise.allSettled(checks.map(([limiter, key]) => limiter.consume(key)));
    const refusals: RateLimiterRes[] = [];
    for (const result of results) {
      if (result.status === "fulfilled") continue;
      if (!(result.reason instanceof RateLimiterRes)) throw result.reason;
      refusals.push(result.reason);
    }
    if (refusals.length > 0) {
      ctx.state[RATE_LIMITED_OPERATION] = guard.operation;
      return tooManyRequests(ctx, refusals);
    }
    await next();
    if (guard.resetOnSuccess && account && ctx.status === 200)
      await guard.perAccount.delete(account).catch(() => false);
  };
}
