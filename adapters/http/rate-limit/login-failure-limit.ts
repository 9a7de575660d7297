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
 * Login counts failures only. Each attempt takes a point of every counter before its password is checked, so a
 * burst of concurrent guesses cannot all slip past them, and gives the points back unless the password was wrong.
 * Any exhausted counter refuses at once, before a password is hashed: the (account, client IP) pair and the
 * per-account ceiling stop guessing at one account, and the per-IP count stops one address from spraying guesses
 * across accounts (its owner's right password included, from that address only; the owner elsewhere is unaffected).
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
    const refusals = await consumeAll([pair, ownAccount, fromIp]);
    if (refusals.length > 0) {
      await giveBack([pair, ownAccount, fromIp]);
      return refuseWithRetryAfter(ctx, refusals, "login", policy.account(ctx));
    }
    try {
      await next();
    } catch (error) {
      if (!policy.isFailure(error)) await giveBack([pair, ownAccount, fromIp]);
      throw error;
    }
    if (ctx.status >= 300) await giveBack([pair, ownAccount, fromIp]);
    else await Promise.allSettled([pair[0].delete(pair[1]), giveBack([ownAccount, fromIp])]);
  };
}
