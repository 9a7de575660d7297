import { type AuditTrail, recordedChange } from "../audit/audit-trail.js";
import type { RequestContext } from "../shared/request-context.js";
import type { PasswordHasher, UserRepository } from "../users/ports.js";
import { loginSucceeded } from "./login-events.js";
import type { BearerGrant, SessionIssuer } from "./session-issuer.js";
import { confirmCredentialsStillHold, verifyCredentials } from "./verify-credentials.js";

/** Opens a bearer session: access token, refresh token and lifetime. Raises: auth.incorrect_credentials, auth.inactive_user. */
export class LogInWithBearer {
  constructor(
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    private readonly issuer: SessionIssuer,
    private readonly trail: AuditTrail,
  ) {}

  async execute(email: string, password: string, context: RequestContext): Promise<BearerGrant> {
    const user = await verifyCredentials(this.users, this.hasher, this.trail, { email, password }, context);
    return recordedChange(
      this.trail,
      context,
      async (repositories) => {
        await confirmCredentialsStillHold(repositories.users, user);
        return this.issuer.openForBearer(user, context, repositories.sessions);
      },
      (grant) => loginSucceeded(user, grant.session, "bearer"),
    );
  }
}
