import { createHash } from "node:crypto";
import type { Context, Middleware } from "koa";
import { type RateLimiterAbstract, RateLimiterRes } from "rate-limiter-flexible";
import type { GuardRules, RateLimitSettings } from "./rate-limit-settings.js";
import type { RateLimiters } from "./rate-limiters.js";

/** `ctx.state` key naming the operation (login, recovery, signup) whose limit refused the request, for the metrics. */
export const RATE_LIMITED_OPERATION = "rateLimitedOperation";

/** The rules of one guarded operation kind, by their name in the settings. */
export type RateLimitRule = Exclude<keyof RateLimitSettings, "enabled">;

/** What an operation's limit counts: a rule, where its request names the account, and when the account is cleared. */
export interface RateLimitPolicy {
  readonly rule: RateLimitRule;
  readonly account: (ctx: Context) => unknown;
  /** A successful login clears the account's counter, so only failed attempts lock an account. */
  readonly resetOnSuccess?: boolean;
}

interface Guard {
  readonly perIp: RateLimiterAbstract;
  readonly perAccount: RateLimiterAbstract;
}

// The counters' key prefixes, kept from the first release so stored PostgreSQL counters stay valid.
const counterNames: Record<RateLimitRule, string> = { login: "login", passwordRecovery: "recovery", signup: "signup" };

/** The counters of one app, made on first use from its settings and store. */
export class RateLimits {
  private readonly guards = new Map<RateLimitRule, Guard>();

  constructor(
    private readonly settings: RateLimitSettings,
    private readonly limiters: RateLimiters,
  ) {}

  get enabled(): boolean {
    return this.settings.enabled;
  }

  async guard(rule: RateLimitRule): Promise<Guard> {
    await this.limiters.ready();
    let guard = this.guards.get(rule);
    if (!guard) {
      const rules: GuardRules = this.settings[rule];
      const name = counterNames[rule];
      guard = {
        perIp: this.limiters.create(`${name}_ip`, rules.perIp),
        perAccount: this.limiters.create(`${name}_account`, rules.perAccount),
      };
      this.guards.set(rule, guard);
    }
    return guard;
  }
}

/** The app's rate limits, set on the context by app.ts (several apps may share a process). */
const rateLimitsOf = (ctx: Context): RateLimits | undefined => ctx.state.rateLimits as RateLimits | undefined;

/** The account named by a field of the request body. */
export const accountInBody =
  (field: string) =>
  (ctx: Context): unknown =>
    (ctx.request.body as Record<string, unknown> | undefined)?.[field];

/** The account named by a (decoded) path parameter. */
export const accountInPath =
  (param: string) =>
  (ctx: Context): unknown =>
    (ctx.params as Record<string, string> | undefined)?.[param];

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

/** An operation's middleware: per-IP and per-account limits of its rule, 429 with Retry-After once exceeded. */
export function rateLimited(policy: RateLimitPolicy): Middleware {
  return async (ctx, next) => {
    const limits = rateLimitsOf(ctx);
    if (!limits?.enabled) return next();
    const guard = await limits.guard(policy.rule);
    const account = accountKey(policy.account(ctx));
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
      ctx.state[RATE_LIMITED_OPERATION] = counterNames[policy.rule];
      return tooManyRequests(ctx, refusals);
    }
    await next();
    if (policy.resetOnSuccess && account && ctx.status === 200)
      await guard.perAccount.delete(account).catch(() => false);
  };
}
