import type { RequestContext } from "../shared/request-context.js";
import type { User } from "../users/user.js";
import { PasswordLogIn } from "./password-log-in.js";
import type { BearerGrant } from "./session-issuer.js";
import type { SessionRepository } from "./session-ports.js";

/** Opens a bearer session: access token, refresh token and lifetime. Raises: auth.incorrect_credentials, auth.inactive_user. */
export class LogInWithBearer extends PasswordLogIn<BearerGrant> {
  protected readonly transport = "bearer";

  protected open(user: User, context: RequestContext, sessions: SessionRepository): Promise<BearerGrant> {
    return this.issuer.openForBearer(user, context, sessions);
  }
}
