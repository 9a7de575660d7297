import { randomUUID } from "node:crypto";
import type { Middleware } from "koa";
import { type Logger, rootLogger, withLogger } from "../logger.js";

const acceptableId = /^[\w.:-]{1,128}$/;

/**
 * Request id (X-Request-ID, kept when the caller sent a sane one) and one log line per request:
 * method, path, status, duration, request id; never bodies, queries or headers (they can carry secrets).
 */
export const requestContext: Middleware = async (ctx, next) => {
  const incoming = ctx.get("X-Request-ID");
  const requestId = acceptableId.test(incoming) ? incoming : randomUUID();
  ctx.set("X-Request-ID", requestId);
  // The child logger is made only if something logs during the request; the request line needs none.
  let logger: Logger | undefined;
  const requestLogger = () => (logger ??= rootLogger.child({ requestId }));
  const path = ctx.path;
  const started = process.hrtime.bigint();
  try {
    await withLogger(requestLogger, next);
  } finally {
    const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
    const line = { method: ctx.method, path, status: ctx.status, durationMs: Math.round(durationMs * 10) / 10 };
    if (logger) logger.info(line, "request");
    else rootLogger.info({ requestId, ...line }, "request");
  }
};
