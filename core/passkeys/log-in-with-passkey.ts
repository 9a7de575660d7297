import { type AuditTrail, recordAlone, recordedChange } from "../audit/audit-trail.js";
import { AuthErrors } from "../auth/auth-errors.js";
import { loginSucceeded } from "../auth/login-events.js";
import type { CookieGrant, SessionIssuer } from "../auth/session-issuer.js";
import { isDomainError } from "../shared/errors.js";
import type { RequestContext } from "../shared/request-context.js";
import type { UserRepository } from "../users/ports.js";
import { PasskeyErrors } from "./passkey-errors.js";
import type { VerifyPasskeyAssertion } from "./verify-passkey-assertion.js";

/**
 * A passwordless login: a passkey assertion for a challenge from the passkey login options opens a cookie session,
 * recorded as `auth.login` with method `passkey` (a passkey proves possession and user verification, so it stands
 * for both factors). A refused assertion is recorded as a failed login. Raises: passkey.not_recognised,
 * auth.inactive_user.
 */
export class LogInWithPasskey {
  constructor(
    private readonly verify: VerifyPasskeyAssertion,
    private readonly users: UserRepository,
    private readonly issuer: SessionIssuer,
    private readonly trail: AuditTrail,
  ) {}

  async execute(challengeId: string, response: unknown, context: RequestContext): Promise<CookieGrant> {
    const passkey = await this.verify.execute({ challengeId, response }).catch(async (error: unknown) => {
      if (isDomainError(error)) await this.recordFailure(error.code, context);
      throw error;
    });
    const user = await this.users.findById(passkey.userId);
    if (!user) throw PasskeyErrors.notRecognised();
    if (!user.isActive) {
      await this.recordFailure(AuthErrors.inactiveUser().code, context, user);
      throw AuthErrors.inactiveUser();
    }
    return recordedChange(
      this.trail,
      context,
      (repositories) => this.issuer.openForCookie(user, context, repositories.sessions),
      (grant) => loginSucceeded(user, grant.session, "cookie", undefined, "passkey"),
    );
  }

  private recordFailure(code: string, context: RequestContext, user?: { id: string; email: string }) {
    return recordAlone(
      this.trail,
      {
        action: "auth.login",
        outcome: "failure",
        actor: { id: null, email: user?.email ?? null },
        target: user ? { type: "user", id: user.id } : null,
        details: { method: "passkey", reason: code.replace(/^[a-z]+\./, "") },
      },
      context,
    );
  }
}
