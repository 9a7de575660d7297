import { AsyncLocalStorage } from "node:async_hooks";
import cluster from "node:cluster";
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

const pretty = !process.env.VITEST && wantsPrettyLogs(process.stdout.isTTY === true, process.env.ENVIRONMENT);
const jsonLines = pretty ? null : pino.destination({ dest: 1, sync: false });

/**
 * The process logger: JSON lines on stdout (readable ones at a terminal in local), secrets redacted, the trace id
 * of the current request on each line, silent under tests unless LOG_LEVEL says otherwise. JSON lines are written
 * asynchronously (a request does not wait for its log line's write); pino writes out what is buffered when the
 * process exits, and `flushLogs` does it at once.
 */
export const rootLogger: Logger = jsonLines
  ? pino(options(), jsonLines)
  : pino({ ...options(), transport: prettyTransport });

function options() {
  return {
    level: process.env.LOG_LEVEL ?? (process.env.VITEST ? "silent" : "info"),
    redact: { paths: redactedPaths, censor: "[redacted]" },
    // A cluster worker (WEB_CONCURRENCY above 1) names itself on every line.
    base: cluster.isWorker
      ? { service: "aygentic-starter", worker: cluster.worker?.id }
      : { service: "aygentic-starter" },
    mixin: traceFields,
  };
}

let requestLines: Logger | undefined;

/**
 * Logs the one line per request (http/request-context.ts). Its fields are fixed and flat (request id, method, path,
 * status, duration: strings and numbers), so no redacted path can match them, yet pino would run its redaction over
 * every field of every such line; it goes through a child of the process logger that runs none (remade when the
 * process logger's level changes, as main.ts sets it). Everything else still logs through the redacting loggers.
 */
export function logRequestLine(fields: Readonly<Record<string, string | number>>): void {
  if (requestLines?.level !== rootLogger.level) requestLines = rootLogger.child({}, { redact: [] });
  requestLines.info(fields, "request");
}

/** Writes out the JSON log lines still buffered, synchronously (before process.exit). */
export function flushLogs(): void {
  jsonLines?.flushSync();
}

const requestScope = new AsyncLocalStorage<() => Logger>();

/**
 * Runs `work` with `logger` as the current logger (the HTTP layer binds one per request, with its request id);
 * given a function, it is called when something first logs, so a request that logs nothing makes no logger.
 */
export function withLogger<T>(logger: Logger | (() => Logger), work: () => T): T {
  return requestScope.run(typeof logger === "function" ? logger : () => logger, work);
}

/** The logger of the request being served, or the process logger outside a request. */
export function currentLogger(): Logger {
  return requestScope.getStore()?.() ?? rootLogger;
}
