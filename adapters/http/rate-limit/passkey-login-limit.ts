import type { Middleware } from "koa";
import { appCountersOf, clientKey, consumeAll, refuseWithRetryAfter } from "./request-limit.js";

/**
 * A passkey login names no account before its assertion is checked, so it counts against the client IP's login
 * failures only: an exhausted IP is refused at once (as on every login endpoint), and a refused assertion counts as
 * one failure. Each attempt takes its point first, so concurrent attempts cannot slip past the limit.
 */
export function limitPasskeyLoginFailures(isFailure: (error: unknown) => boolean): Middleware {
  return async (ctx, next) => {
    const limits = appCountersOf(ctx);
    if (!limits?.settings.enabled) return next();
    const limiter = await limits.limiter("login_failures_ip", limits.settings.login.perIp);
    const ip = clientKey(ctx);
    const refusals = await consumeAll([[limiter, ip]]);
    const giveBack = () => limiter.reward(ip, 1).catch(() => undefined);
    if (refusals.length > 0) {
      await giveBack();
      return refuseWithRetryAfter(ctx, refusals, "login", null);
    }
    try {
      await next();
    } catch (error) {
      if (!isFailure(error)) await giveBack();
      throw error;
    }
    await giveBack();
  };
}
