import type { RequestContext } from "../shared/request-context.js";
import type { User } from "../users/user.js";
import { PasswordLogIn } from "./password-log-in.js";
import type { CookieGrant } from "./session-issuer.js";
import type { SessionRepository } from "./session-ports.js";

/** Opens a cookie session for the SPA: its opaque secret and the user. Raises: auth.incorrect_credentials, auth.inactive_user. */
export class LogInWithCookie extends PasswordLogIn<CookieGrant> {
  protected readonly transport = "cookie";

  protected open(user: User, context: RequestContext, sessions: SessionRepository): Promise<CookieGrant> {
    return this.issuer.openForCookie(user, context, sessions);
  }
}
