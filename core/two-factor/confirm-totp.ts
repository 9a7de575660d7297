import { type AuditTrail, recordedChange, userTarget } from "../audit/audit-trail.js";
import type { SecretGenerator } from "../auth/session-ports.js";
import type { Mailer } from "../mail/mailer.js";
import { queueEmail } from "../mail/queue-email.js";
import type { Actor } from "../shared/actor.js";
import { ANONYMOUS_CONTEXT, type RequestContext } from "../shared/request-context.js";
import type { UserRepository } from "../users/ports.js";
import { UserErrors } from "../users/user-errors.js";
import type { SecretBox, TotpAlgorithm, TwoFactorRepository } from "./ports.js";
import { issueRecoveryCodes } from "./recovery-codes.js";
import { TwoFactorErrors } from "./two-factor-errors.js";
import { twoFactorChanged } from "./two-factor-notices.js";

/**
 * A user confirms the pending TOTP secret with a code from their app: the factor is enabled (the code counts as
 * used) and a fresh set of recovery codes is issued, shown this once. Raises: two_factor.invalid_code.
 */
export class ConfirmTotp {
  constructor(
    private readonly users: UserRepository,
    private readonly twoFactor: TwoFactorRepository,
    private readonly totp: TotpAlgorithm,
    private readonly box: SecretBox,
    private readonly secrets: SecretGenerator,
    private readonly trail: AuditTrail,
    private readonly mailer?: Mailer,
  ) {}

  async execute(actor: Actor, code: string, context: RequestContext = ANONYMOUS_CONTEXT): Promise<string[]> {
    const user = await this.users.findById(actor.id);
    if (!user) throw UserErrors.notFound();
    const pending = (await this.twoFactor.findTotp(user.id))?.pendingSealedSecret ?? null;
    const secret = pending === null ? null : this.box.open(pending);
    const now = this.trail.clock.now();
    const step = secret === null ? null : this.totp.matchingStep(secret, code, now);
    if (pending === null || step === null) throw TwoFactorErrors.invalidCode();
    const { codes, hashes } = issueRecoveryCodes(this.totp, this.secrets);
    await recordedChange(
      this.trail,
      context,
      async (repositories) => {
        if (!(await repositories.twoFactor.enableTotp(user.id, pending, step, now))) {
          throw TwoFactorErrors.invalidCode();
        }
        await repositories.twoFactor.replaceRecoveryCodes(user.id, hashes, now);
        await queueEmail(this.mailer, repositories.jobs, twoFactorChanged(user.email, true, now));
      },
      () => ({ action: "auth.totp_enabled", actor: { id: user.id, email: user.email }, target: userTarget(user.id) }),
    );
    return codes;
  }
}
