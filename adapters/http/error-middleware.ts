import type { Context } from "koa";
import type { DomainErrorKind } from "../../core/shared/errors.js";
import { currentLogger } from "../logger.js";
import { isDatabaseUnavailable } from "../persistence/database-unavailable.js";
import { isRequestValidationError } from "./validation-error.js";

const statusByKind: Record<DomainErrorKind, number> = {
  invalid: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  unavailable: 503,
};

/** Where the reference answers a code differently from its kind's usual status. */
const statusByCode: Record<string, number> = {
  "user.email_taken": 400,
  "user.email_registered": 400,
};

/** Seconds a client should wait before retrying, for refusals that pass on their own. */
const retryAfterByCode: Record<string, string> = {
  "security.hash_queue_full": "1",
};

interface DomainLike {
  kind: DomainErrorKind;
  code: string;
  message: string;
}

// tsoa re-throws controller errors through koa's ctx.throw, so match on properties rather than on the class.
const isDomainLike = (error: unknown): error is DomainLike =>
  typeof error === "object" &&
  error !== null &&
  typeof (error as DomainLike).code === "string" &&
  typeof (error as DomainLike).kind === "string" &&
  (error as DomainLike).kind in statusByKind;

interface HttpLike {
  status?: number;
  expose?: boolean;
  type?: string;
  message: string;
}

const pythonJsonReason = (message: string): string =>
  /property name/i.test(message) ? "Expecting property name enclosed in double quotes" : "Expecting value";

function jsonInvalid(ctx: Context, error: HttpLike & { body?: unknown }): void {
  const atEnd = /end of JSON input/.test(error.message) && typeof error.body === "string";
  const position = atEnd ? (error.body as string).length : Number(/position (\d+)/.exec(error.message)?.[1] ?? 0);
  ctx.status = 422;
  ctx.body = {
    detail: [
      {
        type: "json_invalid",
        loc: ["body", position],
        msg: "JSON decode error",
        input: {},
        ctx: { error: pythonJsonReason(error.message) },
      },
    ],
  };
}

/** The one place errors become HTTP answers in the reference's wire format (ARCHITECTURE.md §4). */
export function answerError(ctx: Context, error: unknown, onUnexpectedError?: (error: unknown) => void): void {
  if (isRequestValidationError(error)) {
    ctx.status = 422;
    ctx.body = { detail: error.detail };
    return;
  }
  if (isDomainLike(error)) {
    ctx.status = statusByCode[error.code] ?? statusByKind[error.kind];
    ctx.body = { detail: error.message };
    if (error.kind === "unauthenticated") ctx.set("WWW-Authenticate", "Bearer");
    const retryAfter = retryAfterByCode[error.code];
    if (retryAfter) ctx.set("Retry-After", retryAfter);
    return;
  }
  const http = error as HttpLike;
  if (error instanceof SyntaxError && http.status === 400) {
    jsonInvalid(ctx, http);
    return;
  }
  if (http?.status === 413) {
    ctx.status = 413;
    ctx.body = { detail: "Request Entity Too Large" };
    return;
  }
  if (http?.expose && typeof http.status === "number" && http.status >= 400 && http.status < 500) {
    ctx.status = http.status;
    ctx.body = { detail: http.message };
    return;
  }
  if (isDatabaseUnavailable(error)) {
    // An outage, not a bug: answer at once so clients and load balancers retry elsewhere or later.
    currentLogger().warn({ err: error }, "database unavailable");
    ctx.status = 503;
    ctx.set("Retry-After", "5");
    ctx.body = { detail: "Service Unavailable" };
    return;
  }
  currentLogger().error({ err: error }, "unhandled error");
  onUnexpectedError?.(error);
  ctx.status = 500;
  ctx.body = { detail: "Internal Server Error" };
}

/** Gives a body to answers no route produced: 404 Not Found, 405 Method Not Allowed (Allow set by the router). */
export function answerUnrouted(ctx: Context): void {
  if (ctx.body !== undefined && ctx.body !== null) return;
  if (ctx.status === 405) ctx.body = { detail: "Method Not Allowed" };
  else if (ctx.status === 404) {
    ctx.body = { detail: "Not Found" };
    ctx.status = 404;
  }
}
