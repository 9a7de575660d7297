import { type AuditTrail, partyOf, recordedChange, userTarget } from "../audit/audit-trail.js";
import type { Mailer } from "../mail/mailer.js";
import { queueEmail } from "../mail/queue-email.js";
import { type Actor, requireSuperuser } from "../shared/actor.js";
import { ANONYMOUS_CONTEXT, type RequestContext } from "../shared/request-context.js";
import type { UserRepository } from "../users/ports.js";
import { UserErrors } from "../users/user-errors.js";
import { twoFactorChanged } from "./two-factor-notices.js";

/**
 * An administrator removes a user's TOTP factor and recovery codes, for a user who lost both: the password alone
 * logs them in again, and they are told. Raises: auth.insufficient_privileges, user.id_not_found.
 */
export class ResetTwoFactor {
  constructor(
    private readonly users: UserRepository,
    private readonly trail: AuditTrail,
    private readonly mailer?: Mailer,
  ) {}

  async execute(actor: Actor, userId: string, context: RequestContext = ANONYMOUS_CONTEXT): Promise<void> {
    requireSuperuser(actor);
    const user = await this.users.findById(userId);
    if (!user) throw UserErrors.idNotFound();
    await recordedChange(
      this.trail,
      context,
      async (repositories) => {
        const wasEnabled = await repositories.twoFactor.isTotpEnabled(user.id);
        const removed = await repositories.twoFactor.removeTotp(user.id);
        if (wasEnabled) {
          await queueEmail(this.mailer, repositories.jobs, twoFactorChanged(user.email, false, this.trail.clock.now()));
        }
        return removed;
      },
      async (removed, { users }) =>
        removed
          ? {
              action: "auth.totp_disabled",
              actor: await partyOf(users, actor.id),
              target: userTarget(user.id),
              details: { by_administrator: true },
            }
          : null,
    );
  }
}
