import { ServiceUnavailable } from "../../core/shared/errors.js";

/** Error codes meaning "the database cannot be reached right now": network errors and SQLSTATE 57P0x, 53300, 08xxx. */
const unavailableCodes = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EHOSTUNREACH",
  "ENETUNREACH",
  "EAI_AGAIN",
  "57P01",
  "57P02",
  "57P03",
  "53300",
]);

const unavailableMessages = [
  /Connection terminated/i,
  /Connection ended unexpectedly/i,
  /Timeout acquiring a connection/i,
  /timeout exceeded when trying to connect/i,
  /Client has encountered a connection error/i,
  /terminating connection due to administrator command/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
];

interface ErrorLike {
  code?: unknown;
  name?: unknown;
  message?: unknown;
  cause?: unknown;
  nativeError?: unknown;
  errors?: unknown;
}

function matches(error: ErrorLike): boolean {
  const code = typeof error.code === "string" ? error.code : "";
  if (unavailableCodes.has(code) || code.startsWith("08")) return true;
  if (error.name === "KnexTimeoutError") return true;
  const message = typeof error.message === "string" ? error.message : "";
  return unavailableMessages.some((pattern) => pattern.test(message));
}

/**
 * True when an error (or one it wraps: Objection's `nativeError`, `cause`, an AggregateError's `errors`) says the
 * database is unreachable, so the request can be answered 503 instead of 500.
 */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (typeof error !== "object" || error === null || depth > 4) return false;
  const candidate = error as ErrorLike;
  if (matches(candidate)) return true;
  const nested = [candidate.nativeError, candidate.cause, ...(Array.isArray(candidate.errors) ? candidate.errors : [])];
  return nested.some((inner) => inner !== error && isDatabaseUnavailable(inner, depth + 1));
}

/**
 * The port error a database driver's error means, if any: an unreachable database becomes `ServiceUnavailable`, so
 * the HTTP layer answers it without knowing any driver's codes.
 */
export const portErrorOf = (error: unknown): ServiceUnavailable | null =>
  isDatabaseUnavailable(error) ? new ServiceUnavailable(error) : null;
