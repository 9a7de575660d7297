import type { Container } from "inversify";
import type { Context } from "koa";
import { RecordRateLimit } from "../../../core/audit/record-rate-limit.js";
import type { RequestContext } from "../../../core/shared/request-context.js";
import { currentLogger } from "../../logger.js";
import { requestContextOf } from "../request-origin/edge-context.js";
import { containerOf } from "../tsoa/ioc.js";

/** How many (operation, client) windows may be open at once; refusals past it are only logged. */
const MAX_OPEN_WINDOWS = 10_000;
/** How many distinct accounts one window tells apart (the count saturates there). */
const MAX_ACCOUNTS_COUNTED = 1_000;

export interface Refusal {
  readonly operation: string;
  /** The account the request named, as sent. */
  readonly account: unknown;
  /** The hashed client key: one window per operation and client, whatever accounts it names. */
  readonly clientKey: string;
  /** How long until the refusing counter lets this client through again. */
  readonly waitMs: number;
}

interface OpenWindow {
  readonly operation: string;
  readonly firstAccount: string | null;
  readonly accounts: Set<string>;
  readonly context: RequestContext;
  readonly container: Container;
  count: number;
}

const namedAccount = (account: unknown): string | null =>
  typeof account === "string" && account.trim() !== "" ? account : null;

/**
 * Audits rate-limit refusals as `auth.rate_limited`, one event per (operation, client, refusal window) carrying how
 * many requests the window refused and how many accounts they named: a flood of refused requests, each naming a new
 * address, costs one write. The window opens with its first refusal and its event is written when it closes, so it
 * carries the final count; the first refusal's client, user agent and account stand for the window. A failed write
 * is logged and never changes an answer. Windows still open when the process stops are lost (they are logged).
 */
export class RefusalAudit {
  private readonly open = new Map<string, OpenWindow>();

  note(ctx: Context, refusal: Refusal): void {
    const key = `${refusal.operation} ${refusal.clientKey}`;
    const account = namedAccount(refusal.account);
    const window = this.open.get(key);
    if (window) {
      window.count += 1;
      if (account && window.accounts.size < MAX_ACCOUNTS_COUNTED) window.accounts.add(account.toLowerCase());
      return;
    }
    if (this.open.size >= MAX_OPEN_WINDOWS) {
      currentLogger().warn({ operation: refusal.operation }, "too many rate-limit windows open to audit this refusal");
      return;
    }
    this.open.set(key, {
      operation: refusal.operation,
      firstAccount: account,
      accounts: new Set(account ? [account.toLowerCase()] : []),
      context: requestContextOf(ctx, null),
      container: containerOf(ctx.request),
      count: 1,
    });
    setTimeout(() => this.close(key), refusal.waitMs).unref();
  }

  private async close(key: string): Promise<void> {
    const window = this.open.get(key);
    if (!window) return;
    this.open.delete(key);
    const { operation, firstAccount, accounts, context, count } = window;
    try {
      await window.container
        .get(RecordRateLimit)
        .execute(operation, firstAccount, context, { refused: count, accounts: accounts.size });
    } catch (error) {
      currentLogger().warn({ err: error, operation, refused: count }, "could not record a rate-limit refusal");
    }
  }
}
