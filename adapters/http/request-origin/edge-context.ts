import type { Context } from "koa";
import type { RequestContext } from "../../../core/shared/request-context.js";
import { clientIp } from "./client-ip.js";

/** Where a request comes from, as the use cases see it: client IP, user agent, and its session. */
export function requestContextOf(ctx: Context, sessionId: string | null): RequestContext {
  return { ip: clientIp(ctx) || null, userAgent: ctx.get("User-Agent") || null, sessionId };
}
