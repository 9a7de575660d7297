import { randomUUID } from "node:crypto";
import type { Middleware } from "koa";
import { type Logger, logRequestLine, rootLogger, withLogger } from "../../logger.js";
import { answerError, answerUnrouted, type ErrorHandling } from "./error-middleware.js";
import { logsRequest, type RequestLogMode } from "./request-log.js";

const acceptableId = /^[\w.:-]{1,128}$/;

export interface RequestContextOptions {
  /** Headers every response carries (the security headers recorded at start-up), set before anything runs. */
  readonly headers: ReadonlyArray<readonly [string, string]>;
  /** Copied onto `ctx.state` of every request (the serving app's container, its rate limits). */
  readonly state: Readonly<Record<string, unknown>>;
  readonly errors: ErrorHandling;
  readonly requestLog: RequestLogMode;
}

/**
 * The per-request bookkeeping, in one middleware so it costs one step of Koa's chain: request id (X-Request-ID,
 * kept when the caller sent a sane one), the fixed response headers, the app's state, the request's logger scope,
 * errors and unrouted requests turned into answers (error-middleware.ts), and one log line per request (all, or only
 * 4xx and 5xx answers, or none, as `requestLog` says): method, path, status, duration, request id; never bodies,
 * queries or headers (they can carry secrets).
 */
export function requestContext({ headers, state, errors, requestLog }: RequestContextOptions): Middleware {
  const stateEntries = Object.entries(state);
  return async (ctx, next) => {
    const incoming = ctx.get("X-Request-ID");
    const requestId = acceptableId.test(incoming) ? incoming : randomUUID();
    ctx.set("X-Request-ID", requestId);
    for (const [name, value] of headers) ctx.res.setHeader(name, value);
    for (const [key, value] of stateEntries) ctx.state[key] = value;
    // The child logger is made only if something logs during the request; the request line needs none.
    let logger: Logger | undefined;
    const requestLogger = () => (logger ??= rootLogger.child({ requestId }));
    const path = ctx.path;
    const started = process.hrtime.bigint();
    try {
      await withLogger(requestLogger, () =>
        next().then(
          () => answerUnrouted(ctx),
          (error: unknown) => answerError(ctx, error, errors),
        ),
      );
    } finally {
      if (logsRequest(requestLog, ctx.status)) {
        const durationMs = Number(process.hrtime.bigint() - started) / 1e6;
        const line = { method: ctx.method, path, status: ctx.status, durationMs: Math.round(durationMs * 10) / 10 };
        logRequestLine({ requestId, ...line });
      }
    }
  };
}
