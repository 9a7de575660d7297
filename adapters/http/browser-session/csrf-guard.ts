import type { Request } from "koa";

const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);

function originOfReferer(referer: string): string | null {
  try {
    return new URL(referer).origin;
  } catch {
    return null;
  }
}

/**
 * Cross-site request forgery defence for cookie-authenticated requests (docs/security/sessions.md): an unsafe method must come
 * from an allowed origin, told by `Origin` or, when a browser sent none, by the origin of `Referer`. Bearer requests
 * need no check: a browser never attaches an Authorization header on its own.
 */
export class CsrfGuard {
  private readonly allowed: ReadonlySet<string>;

  constructor(
    allowedOrigins: readonly string[],
    /** Whether this process serves the SPA, whose requests come from the app's own origin. */
    private readonly servesSpa: boolean,
  ) {
    this.allowed = new Set(allowedOrigins);
  }

  passes(request: Request): boolean {
    if (!UNSAFE.has(request.method)) return true;
    const origin = request.get("Origin") || originOfReferer(request.get("Referer"));
    if (!origin || origin === "null") return false;
    return this.allowed.has(origin) || (this.servesSpa && origin === request.origin);
  }
}
