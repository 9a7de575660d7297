/** The closed set of ways a domain rule can refuse a request. */
export type DomainErrorKind = "invalid" | "unauthenticated" | "forbidden" | "not_found" | "conflict" | "unavailable";

/** A refusal by a domain rule: a stable dotted `code` (API) and the user-facing message. */
export class DomainError extends Error {
  constructor(
    readonly kind: DomainErrorKind,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "DomainError";
  }
}

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError;

/** A port's backing service (the database) cannot be reached right now; the request may be retried shortly. */
export class ServiceUnavailable extends DomainError {
  constructor(override readonly cause: unknown) {
    super("unavailable", "service.unavailable", "Service Unavailable");
    this.name = "ServiceUnavailable";
  }
}
