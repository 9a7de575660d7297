import { type AuditTrail, recordedChange, userTarget } from "../audit/audit-trail.js";
import type { Mailer } from "../mail/mailer.js";
import { queueEmail } from "../mail/queue-email.js";
import type { Actor } from "../shared/actor.js";
import { ANONYMOUS_CONTEXT, type RequestContext } from "../shared/request-context.js";
import type { PasswordHasher, UserRepository } from "../users/ports.js";
import { provePassword } from "./prove-password.js";
import { twoFactorChanged } from "./two-factor-notices.js";

/**
 * A user turns TOTP off, proving their password; the recovery codes go with it. Turning off what is not on changes
 * nothing and still succeeds. Raises: user.incorrect_password, user.not_found.
 */
export class DisableTotp {
  constructor(
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    private readonly trail: AuditTrail,
    private readonly mailer?: Mailer,
  ) {}

  async execute(actor: Actor, password: string, context: RequestContext = ANONYMOUS_CONTEXT): Promise<void> {
    const user = await provePassword(this.users, this.hasher, actor, password);
    await recordedChange(
      this.trail,
      context,
      async (repositories) => {
        const wasEnabled = await repositories.twoFactor.isTotpEnabled(user.id);
        await repositories.twoFactor.removeTotp(user.id);
        if (wasEnabled) {
          await queueEmail(this.mailer, repositories.jobs, twoFactorChanged(user.email, false, this.trail.clock.now()));
        }
        return wasEnabled;
      },
      (wasEnabled) =>
        wasEnabled
          ? { action: "auth.totp_disabled", actor: { id: user.id, email: user.email }, target: userTarget(user.id) }
          : null,
    );
  }
}
