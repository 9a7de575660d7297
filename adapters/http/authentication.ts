import type { Request } from "koa";
import { AuthErrors } from "../../core/auth/auth-errors.js";
import { AuthenticateBearer } from "../../core/auth/authenticate-bearer.js";
import { AuthenticateCookie } from "../../core/auth/authenticate-cookie.js";
import type { Authenticated } from "../../core/auth/authenticated.js";
import type { Session } from "../../core/auth/session.js";
import { type Actor, insufficientPrivileges } from "../../core/shared/actor.js";
import { DomainError } from "../../core/shared/errors.js";
import type { RequestContext } from "../../core/shared/request-context.js";
import { EmailVerificationErrors } from "../../core/users/email-verification-errors.js";
import type { User } from "../../core/users/user.js";
import { DependencyKeys } from "../dependency-keys.js";
import { csrfFailed } from "./browser-session/csrf-guard.js";
import { requestContextOf } from "./request-origin/edge-context.js";
import { containerOf } from "./tsoa/ioc.js";

/** The authenticated caller handed to controllers, with the session and the request context it came with. */
export interface Principal {
  readonly actor: Actor;
  readonly user: User;
  readonly session: Session;
  readonly context: RequestContext;
}

/** The security scheme name used by every protected operation (OAuth2 password flow, like the reference). */
export const BEARER = "OAuth2PasswordBearer";
export const SUPERUSER = "superuser";

function bearerToken(header: string): string {
  const space = header.indexOf(" ");
  const scheme = space < 0 ? header : header.slice(0, space);
  if (scheme.toLowerCase() !== "bearer") throw AuthErrors.notAuthenticated();
  return header.slice(space + 1);
}

/** An Authorization header alone decides when present; otherwise the session cookie; else 401. */
export async function authenticate(request: Request): Promise<Authenticated> {
  const container = containerOf(request);
  const header = request.get("authorization");
  if (header) return container.get(AuthenticateBearer).execute(bearerToken(header));
  const { cookie, csrf } = container.get(DependencyKeys.webSessions);
  const secret = cookie.read(request.ctx);
  if (!secret) throw AuthErrors.notAuthenticated();
  if (!csrf.passes(request)) throw csrfFailed();
  try {
    return await container.get(AuthenticateCookie).execute(secret);
  } catch (error) {
    // A cookie of an ended session is dropped, so the browser stops sending it.
    if (error instanceof DomainError && error.code === "auth.not_authenticated") cookie.clear(request.ctx);
    throw error;
  }
}

/**
 * The operations an account with an unproved address may still use when verification is required: its own profile,
 * proving the address, its security state, and logging out. Route templates, so any spelling of a path matches.
 */
const OPEN_TO_UNVERIFIED = new Set([
  "/api/v1/users/me",
  "/api/v1/users/me/verification-email",
  "/api/v1/users/me/security",
  "/api/v1/logout",
]);

function refuseUnverified(request: Request, user: User): void {
  if (user.emailVerifiedAt !== null) return;
  if (!containerOf(request).get(DependencyKeys.emailVerificationRequired)) return;
  const route = (request.ctx as { _matchedRoute?: unknown })._matchedRoute;
  if (typeof route === "string" && OPEN_TO_UNVERIFIED.has(route)) return;
  throw EmailVerificationErrors.notVerified();
}

/** tsoa's authentication hook; runs before request validation, so auth errors win over 422. */
export async function koaAuthentication(
  request: Request,
  _securityName: string,
  scopes: string[] = [],
): Promise<Principal> {
  const { user, session } = await authenticate(request);
  if (scopes.includes(SUPERUSER) && !user.isSuperuser) throw insufficientPrivileges();
  refuseUnverified(request, user);
  const context = requestContextOf(request.ctx, session.id);
  return { actor: { id: user.id, isSuperuser: user.isSuperuser }, user, session, context };
}

/** The caller that koaAuthentication resolved for this request. */
export const principalOf = (request: Request): Principal => (request as Request & { user: Principal }).user;
