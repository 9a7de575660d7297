import type { Context, Middleware } from "koa";
import type { RateLimiterAbstract } from "rate-limiter-flexible";
import { accountKey, appCountersOf, clientKey, consumeAll, keyOf, refuseWithRetryAfter } from "./request-limit.js";

/** Where a login request names its account, and which error means a wrong password. */
export interface LoginFailurePolicy {
  readonly account: (ctx: Context) => unknown;
  readonly isFailure: (error: unknown) => boolean;
}

type Check = [RateLimiterAbstract, string];

const giveBack = (checks: readonly Check[]) =>
  Promise.allSettled(checks.map(([limiter, key]) => limiter.reward(key, 1)));

/**
 * Login counts failures only (docs/security/limits.md). Each attempt takes a point before its password is checked, so a burst of
 * concurrent guesses cannot all slip past the counters, and gives it back unless the password was wrong. An exhausted
 * (account, client IP) pair or per-account ceiling refuses before checking anything; an exhausted per-IP count only
 * turns the answers to wrong passwords into 429, so an owner is never locked out by someone else's address.
 */
export function limitLoginFailures(policy: LoginFailurePolicy): Middleware {
  return async (ctx, next) => {
    const limits = appCountersOf(ctx);
    const account = accountKey(policy.account(ctx));
    if (!limits?.settings.enabled || !account) return next();
    const rules = limits.settings.login;
    const ip = clientKey(ctx);
    const pair: Check = [await limits.limiter("login_failures_pair", rules.perAccountIp), keyOf(`${account} ${ip}`)];
    const ownAccount: Check = [await limits.limiter("login_failures_account", rules.perAccount), account];
    const fromIp: Check = [await limits.limiter("login_failures_ip", rules.perIp), ip];
    const lockouts = await consumeAll([pair, ownAccount]);
    if (lockouts.length > 0) {
      await giveBack([pair, ownAccount]);
      return refuseWithRetryAfter(ctx, lockouts, "login", policy.account(ctx));
    }
    const ipRefusals = await consumeAll([fromIp]);
    try {
      await next();
    } catch (error) {
      if (!policy.isFailure(error)) await giveBack([pair, ownAccount, fromIp]);
      else if (ipRefusals.length > 0) return refuseWithRetryAfter(ctx, ipRefusals, "login", policy.account(ctx));
      throw error;
    }
    if (ctx.status >= 300) await giveBack([pair, ownAccount, fromIp]);
    else await Promise.allSettled([pair[0].delete(pair[1]), giveBack([ownAccount, fromIp])]);
  };
}
