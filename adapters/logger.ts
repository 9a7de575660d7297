import { AsyncLocalStorage } from "node:async_hooks";
import { type Logger, pino } from "pino";
import { prettyTransport, wantsPrettyLogs } from "./observability/log-format.js";
import { traceFields } from "./observability/log-trace.js";

export type { Logger };

const redactedPaths = [
  "password",
  "*.password",
  "*.new_password",
  "*.current_password",
  "*.hashed_password",
  "*.hashedPassword",
  "*.token",
  "req.headers.authorization",
  "req.headers.cookie",
];

/**
 * The process logger: JSON lines on stdout (readable ones at a terminal in local), secrets redacted, the trace id
 * of the current request on each line, silent under tests unless LOG_LEVEL says otherwise.
 */
export const rootLogger: Logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.VITEST ? "silent" : "info"),
  redact: { paths: redactedPaths, censor: "[redacted]" },
  base: { service: "aygentic-starter" },
  mixin: traceFields,
  transport:
    !process.env.VITEST && wantsPrettyLogs(process.stdout.isTTY === true, process.env.ENVIRONMENT)
      ? prettyTransport
      : undefined,
});

const requestScope = new AsyncLocalStorage<Logger>();

/** Runs `work` with `logger` as the current logger (the HTTP layer binds one per request, with its request id). */
export function withLogger<T>(logger: Logger, work: () => T): T {
  return requestScope.run(logger, work);
}

/** The logger of the request being served, or the process logger outside a request. */
export function currentLogger(): Logger {
  return requestScope.getStore() ?? rootLogger;
}
