import type { AuditTrail } from "../audit/audit-trail.js";
import { recordedChange, userTarget } from "../audit/audit-trail.js";
import type { Mailer } from "../mail/mailer.js";
import { queueEmail } from "../mail/queue-email.js";
import { ANONYMOUS_CONTEXT, type RequestContext } from "../shared/request-context.js";
import type { PasswordHasher, UserRepository } from "../users/ports.js";
import { passwordChanged } from "../users/user-notices.js";
import { AuthErrors } from "./auth-errors.js";
import type { TokenService } from "./ports.js";

/** Sets a new password with a reset token, which then stops working, and ends all the user's sessions. Raises: auth.invalid_reset_token, auth.inactive_user. */
export class ResetPassword {
  constructor(
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    private readonly tokens: TokenService,
    private readonly trail: AuditTrail,
    private readonly mailer?: Mailer,
  ) {}

  async execute(token: string, newPassword: string, context: RequestContext = ANONYMOUS_CONTEXT): Promise<void> {
    const claim = this.tokens.readResetToken(token);
    if (!claim) throw AuthErrors.invalidResetToken();
    const user = await this.users.findByEmail(claim.email);
    if (!user || claim.passwordStamp !== this.tokens.passwordStamp(user.hashedPassword)) {
      throw AuthErrors.invalidResetToken();
    }
    if (!user.isActive) throw AuthErrors.inactiveUser();
    const newHash = await this.hasher.hash(newPassword);
    // Conditional on the hash the token was checked against: of two racing uses of one token, only one succeeds.
    const replaced = await recordedChange(
      this.trail,
      context,
      async ({ users, sessions, jobs }) => {
        if (!(await users.replacePassword(user.id, user.hashedPassword, newHash))) return null;
        const now = this.trail.clock.now();
        const revoked = await sessions.revokeAllOfUser(user.id, now, null);
        await queueEmail(this.mailer, jobs, passwordChanged(user.email, now));
        return { revoked };
      },
      (done) =>
        done && {
          action: "auth.password_reset",
          actor: { id: user.id, email: user.email },
          target: userTarget(user.id),
          details: { sessions_revoked: done.revoked },
        },
    );
    if (!replaced) throw AuthErrors.invalidResetToken();
  }
}
