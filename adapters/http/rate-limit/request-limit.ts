import { createHash } from "node:crypto";
import type { Context, Middleware } from "koa";
import { type RateLimiterAbstract, RateLimiterRes } from "rate-limiter-flexible";
import { RATE_LIMITED_OPERATION } from "../../request-state-keys.js";
import { clientIp, clientLimitKey } from "../request-origin/client-ip.js";
import type { CounterStore } from "./counter-store.js";
import { RefusalAudit } from "./refusal-audit.js";
import type { RateLimitSettings, RateRule } from "./settings.js";

/** The per-IP and per-account rules, by their name in the settings. */
export type EveryRequestRule = "passwordRecovery" | "signup" | "invitation";

/** What an operation's limit counts: a rule, and where its request names the account. */
export interface EveryRequestPolicy {
  readonly rule: EveryRequestRule;
  readonly account: (ctx: Context) => unknown;
  /** The counters' own name, for an operation that shares another's rule but not its counts (default: the rule's). */
  readonly counter?: string;
}

/** The counters of one app, made on first use from its settings and store. */
export class AppCounters {
  private readonly limiters = new Map<string, RateLimiterAbstract>();
  /** Audits refusals once per operation, client and window (see refusal-audit.ts). */
  readonly refusals = new RefusalAudit();

  constructor(
    readonly settings: RateLimitSettings,
    private readonly store: CounterStore,
  ) {}

  /** The counter named `name` (also its key prefix in the store) for `rule`. */
  async limiter(name: string, rule: RateRule): Promise<RateLimiterAbstract> {
    await this.store.ready();
    let limiter = this.limiters.get(name);
    if (!limiter) {
      limiter = this.store.create(name, rule);
      this.limiters.set(name, limiter);
    }
    return limiter;
  }
}

/** The app's rate limits, set on the context by app.ts (several apps may share a process). */
export const appCountersOf = (ctx: Context): AppCounters | undefined =>
  ctx.state.rateLimitCounters as AppCounters | undefined;

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
export const keyOf = (value: string) => createHash("sha256").update(value).digest("base64url");

/** The hashed key of the client's address (IPv6 by its /64, so one host cannot rotate through its addresses). */
export const clientKey = (ctx: Context): string => keyOf(clientLimitKey(clientIp(ctx)));

// "Name <address>" counts as the address, so display names cannot multiply one account's allowance.
export const accountKey = (value: unknown): string | null => {
  if (typeof value !== "string") return null;
  const address = (/<([^<>]*)>\s*$/.exec(value)?.[1] ?? value).trim().toLowerCase();
  return address === "" ? null : keyOf(address);
};

/** 429 with `Retry-After`, waiting for the longest of the refusals; the refusal is counted for the audit log. */
export function refuseWithRetryAfter(
  ctx: Context,
  refusals: RateLimiterRes[],
  operation: string,
  account: unknown,
): void {
  ctx.state[RATE_LIMITED_OPERATION] = operation;
  const waitMs = Math.max(...refusals.map((refusal) => refusal.msBeforeNext));
  appCountersOf(ctx)?.refusals.note(ctx, { operation, account, clientKey: clientKey(ctx), waitMs });
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  ctx.status = 429;
  ctx.set("Retry-After", String(seconds));
  ctx.body = { detail: `Too many requests. Try again in ${seconds} seconds.` };
}

/** Consumes one point of each counter; the refusals of those already exhausted (other errors are re-thrown). */
export async function consumeAll(checks: readonly [RateLimiterAbstract, string][]): Promise<RateLimiterRes[]> {
  const results = await Promise.allSettled(checks.map(([limiter, key]) => limiter.consume(key)));
  const refusals: RateLimiterRes[] = [];
  for (const result of results) {
    if (result.status === "fulfilled") continue;
    if (!(result.reason instanceof RateLimiterRes)) throw result.reason;
    refusals.push(result.reason);
  }
  return refusals;
}

// The counters' key prefixes, kept from the first release so stored PostgreSQL counters stay valid.
const counterNames: Record<EveryRequestRule, string> = {
  passwordRecovery: "recovery",
  signup: "signup",
  invitation: "invitation",
};

/** An operation's middleware: every request counts per client IP and per account; 429 with Retry-After once over. */
export function limitEveryRequest(policy: EveryRequestPolicy): Middleware {
  return async (ctx, next) => {
    const limits = appCountersOf(ctx);
    if (!limits?.settings.enabled) return next();
    const rules = limits.settings[policy.rule];
    const name = policy.counter ?? counterNames[policy.rule];
    const checks: [RateLimiterAbstract, string][] = [[await limits.limiter(`${name}_ip`, rules.perIp), clientKey(ctx)]];
    const account = accountKey(policy.account(ctx));
    if (account) checks.push([await limits.limiter(`${name}_account`, rules.perAccount), account]);
    const refusals = await consumeAll(checks);
    if (refusals.length > 0) return refuseWithRetryAfter(ctx, refusals, name, policy.account(ctx));
    await next();
  };
}
