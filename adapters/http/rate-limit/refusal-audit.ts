import type { Context } from "koa";
import { RecordRateLimit } from "../../../core/audit/record-rate-limit.js";
import { currentLogger } from "../../logger.js";
import { requestContextOf } from "../request-origin/edge-context.js";
import { containerOf } from "../tsoa/ioc.js";

/** How many (operation, account, client) keys the app remembers having recorded; past it, it forgets them all. */
const MAX_REMEMBERED = 10_000;

/**
 * Records a refusal as `auth.rate_limited`, once per (operation, account, client) and refusal window: a flood of
 * refused requests must not turn into a flood of writes. The answer stays 429 even when the write fails (it is
 * logged): there is no change for the event to go with.
 */
export async function recordRefusal(
  ctx: Context,
  remembered: Map<string, number>,
  refusal: { readonly operation: string; readonly account: unknown; readonly key: string; readonly waitMs: number },
): Promise<void> {
  const now = Date.now();
  if ((remembered.get(refusal.key) ?? 0) > now) return;
  if (remembered.size >= MAX_REMEMBERED) remembered.clear();
  remembered.set(refusal.key, now + refusal.waitMs);
  const account = typeof refusal.account === "string" && refusal.account.trim() !== "" ? refusal.account : null;
  try {
    await containerOf(ctx.request)
      .get(RecordRateLimit)
      .execute(refusal.operation, account, requestContextOf(ctx, null));
  } catch (error) {
    currentLogger().warn({ err: error, operation: refusal.operation }, "could not record a rate-limit refusal");
  }
}
