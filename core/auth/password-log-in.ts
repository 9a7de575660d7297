import { type AuditTrail, recordedChange } from "../audit/audit-trail.js";
import type { RequestContext } from "../shared/request-context.js";
import type { SecondFactorGate } from "../two-factor/second-factor-gate.js";
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
 * open the session. A user with a second factor gets no session yet: the gate refuses with the token of the second
 * step. A transport says only which session it opens.
 * Raises: auth.incorrect_credentials, auth.inactive_user, auth.second_factor_required.
 */
export abstract class PasswordLogIn<Grant extends { readonly session: Session }> {
  protected abstract readonly transport: "bearer" | "cookie";

  constructor(
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    protected readonly issuer: SessionIssuer,
    private readonly trail: AuditTrail,
    private readonly secondFactor?: SecondFactorGate,
  ) {}

  protected abstract open(user: User, context: RequestContext, sessions: SessionRepository): Promise<Grant>;

  async execute(email: string, password: string, context: RequestContext): Promise<Grant> {
    const user = await verifyCredentials(this.users, this.hasher, this.trail, { email, password }, context);
    await this.secondFactor?.check(user, this.transport);
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
