import type { Request } from "koa";
import { AuthErrors } from "../../core/auth/auth-errors.js";
import { Authenticate } from "../../core/auth/authenticate.js";
import { type Actor, insufficientPrivileges } from "../../core/shared/actor.js";
import type { User } from "../../core/users/user.js";
import { containerOf } from "./ioc.js";

/** The authenticated caller handed to controllers. */
export interface Principal {
  readonly actor: Actor;
  readonly user: User;
}

/** The security scheme name used by every protected operation (OAuth2 password flow, like the reference). */
export const BEARER = "OAuth2PasswordBearer";
export const SUPERUSER = "superuser";

function bearerToken(request: Request): string {
  const header = request.get("authorization");
  const space = header.indexOf(" ");
  const scheme = space < 0 ? header : header.slice(0, space);
  if (!header || scheme.toLowerCase() !== "bearer") throw AuthErrors.notAuthenticated();
  return header.slice(space + 1);
}

/** tsoa's authentication hook; runs before request validation, so auth errors win over 422. */
export async function koaAuthentication(
  request: Request,
  _securityName: string,
  scopes: string[] = [],
): Promise<Principal> {
  const token = bearerToken(request);
  const user = await containerOf(request).get(Authenticate).execute(token);
  if (scopes.includes(SUPERUSER) && !user.isSuperuser) throw insufficientPrivileges();
  return { actor: { id: user.id, isSuperuser: user.isSuperuser }, user };
}

/** The caller that koaAuthentication resolved for this request. */
export const principalOf = (request: Request): Principal => (request as Request & { user: Principal }).user;
