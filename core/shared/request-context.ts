/** Where a call comes from, built at the edge and passed beside `actor` to use cases that need it. */
export interface RequestContext {
  /** The client IP (docs/security/limits.md), or null when the edge could not tell. */
  readonly ip: string | null;
  readonly userAgent: string | null;
  /** The session the request was authenticated by; null for anonymous requests or sessionless tokens. */
  readonly sessionId: string | null;
}

export const ANONYMOUS_CONTEXT: RequestContext = { ip: null, userAgent: null, sessionId: null };
