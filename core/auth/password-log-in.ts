import { type AuditTrail, recordedChange } from "../audit/audit-trail.js";
import type { RequestContext } from "../shared/request-context.js";
import type { PasswordHasher, UserRepository } from "../users/ports.js";
import type { User } from "../users/user.js";
import { loginSucceeded } from "./login-events.js";
import type { Session } from "./session.js";
import type { SessionIssuer } from "./session-issuer.js";
import type { SessionRepository } from "./session-ports.js";
import { confirmCredentialsStillHold, verifyCredentials } from "./verify-credentials.js";

/**
 * A log-in with e-mail and password, the same for every transport: verify the credentials, then, in the unit of work
 * that records the successful `auth.login`, confirm they still hold (a password change may have committed meanwhile) and
 * open the session. A transport says only which session it opens.
 * Raises: auth.incorrect_credentials, auth.inactive_user.
 */
export abstract class PasswordLogIn<Grant extends { readonly session: Session }> {
  protected abstract readonly transport: "bearer" | "cookie";

  constructor(
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    protected readonly issuer: SessionIssuer,
    private readonly trail: AuditTrail,
  ) {}

  protected abstract open(user: User, context: RequestContext, sessions: SessionRepository): Promise<Grant>;

  async execute(email: string, password: string, context: RequestContext): Promise<Grant> {
    const user = await verifyCredentials(this.users, this.hasher, this.trail, { email, password }, context);
    return recordedChange(
      this.trail,
      context,
      async (repositories) => {
        await confirmCredentialsStillHold(repositories.users, user);
        return this.open(user, context, repositories.sessions);
      },
      (grant) => loginSucceeded(user, grant.session, this.transport),
    );
  }
}
