import type { Request } from "koa";
import { DomainError } from "../../../core/shared/errors.js";

const UNSAFE = new Set(["POST", "PUT", "PATCH", "DELETE"]);

export const csrfFailed = () => new DomainError("forbidden", "auth.csrf_failed", "CSRF check failed");

function originOf(url: string): string | null {
  try {
    const { origin } = new URL(url);
    return origin === "null" ? null : origin;
  } catch {
    return null;
  }
}

/**
 * Cross-site request forgery defence for the cookie transport: an unsafe request must come from one of the
 * configured origins, told by `Origin` or, when a browser sent none, by the origin of `Referer`. The list is fixed at
 * start-up; nothing the request says about itself (Host, its own Origin) can widen it. Bearer requests need no check:
 * a browser never attaches an Authorization header on its own.
 */
export class CsrfGuard {
  private readonly allowed: ReadonlySet<string>;

  constructor(allowedOrigins: readonly string[]) {
    this.allowed = new Set(allowedOrigins.flatMap((origin) => originOf(origin) ?? []));
  }

  passes(request: Request): boolean {
    if (!UNSAFE.has(request.method)) return true;
    const origin = request.get("Origin") || originOf(request.get("Referer"));
    return !!origin && this.allowed.has(origin);
  }
}
