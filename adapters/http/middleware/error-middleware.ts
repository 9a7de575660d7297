import type { Context } from "koa";
import {
  type DomainError,
  type DomainErrorKind,
  isDomainError,
  ServiceUnavailable,
} from "../../../core/shared/errors.js";
import { SecondFactorRequired } from "../../../core/two-factor/two-factor-errors.js";
import { currentLogger } from "../../logger.js";
import { isRequestValidationError } from "../validation-error.js";

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

interface HttpLike {
  status?: number;
  expose?: boolean;
  message: string;
}

/** What the app does with errors beyond answering them. */
export interface ErrorHandling {
  /** The port error a driver's error means (the composition root passes persistence's), e.g. `ServiceUnavailable`. */
  readonly portErrorOf?: (error: unknown) => DomainError | null;
  /** Called once for every unexpected (500) error, e.g. Sentry.captureException. */
  readonly onUnexpectedError?: (error: unknown) => void;
}

function answerDomainError(ctx: Context, error: DomainError): void {
  if (error instanceof ServiceUnavailable) {
    // An outage, not a bug: answer at once so clients and load balancers retry elsewhere or later.
    currentLogger().warn({ err: error.cause }, "database unavailable");
    ctx.set("Retry-After", "5");
  }
  ctx.status = statusByCode[error.code] ?? statusByKind[error.kind];
  ctx.body =
    error instanceof SecondFactorRequired
      ? { detail: error.message, mfa_token: error.mfaToken, methods: [...error.methods] }
      : { detail: error.message };
  if (error.kind === "unauthenticated") ctx.set("WWW-Authenticate", "Bearer");
  const retryAfter = retryAfterByCode[error.code];
  if (retryAfter) ctx.set("Retry-After", retryAfter);
}

/** The one place errors become HTTP answers, in the reference's wire format (docs/api/overview.md, errors). */
export function answerError(ctx: Context, error: unknown, handling: ErrorHandling = {}): void {
  if (isRequestValidationError(error)) {
    ctx.status = 422;
    ctx.body = { detail: error.detail };
    return;
  }
  // Controllers' errors reach here as thrown (the route template awaits them, never wraps them in ctx.throw).
  if (isDomainError(error)) {
    answerDomainError(ctx, error);
    return;
  }
  const http = error as HttpLike;
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
  const portError = handling.portErrorOf?.(error);
  if (portError) {
    answerDomainError(ctx, portError);
    return;
  }
  currentLogger().error({ err: error }, "unhandled error");
  handling.onUnexpectedError?.(error);
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
