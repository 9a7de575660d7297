import { userTarget } from "../audit/audit-trail.js";
import type { SecretGenerator } from "../auth/session-ports.js";
import type { Mailer } from "../mail/mailer.js";
import { queueEmail } from "../mail/queue-email.js";
import type { TwoFactorRepository } from "./ports.js";
import { normalizeRecoveryCode } from "./recovery-codes.js";
import type { SecondFactorMethod, SecondFactorProof, SecondFactorStep } from "./second-factor.js";
import { recoveryCodeUsed } from "./two-factor-notices.js";

/** One of the user's recovery codes, spent by its use; the user is told, and the use is recorded. */
export class RecoveryCodeMethod implements SecondFactorMethod {
  readonly name = "recovery_code";
  readonly demandsSecondStep = false;

  constructor(
    private readonly twoFactor: TwoFactorRepository,
    private readonly secrets: SecretGenerator,
    private readonly mailer?: Mailer,
  ) {}

  async isAvailable(userId: string): Promise<boolean> {
    return (await this.twoFactor.countRecoveryCodesLeft(userId)) > 0;
  }

  async verify(proof: SecondFactorProof, { user, repositories, now, record }: SecondFactorStep): Promise<boolean> {
    if (proof.method !== "recovery_code") return false;
    const hash = this.secrets.hash(normalizeRecoveryCode(proof.code));
    if (!(await repositories.twoFactor.spendRecoveryCode(user.id, hash, now))) return false;
    const codesLeft = await repositories.twoFactor.countRecoveryCodesLeft(user.id);
    await record({
      action: "auth.recovery_code_used",
      actor: { id: user.id, email: user.email },
      target: userTarget(user.id),
      details: { codes_left: codesLeft },
    });
    await queueEmail(this.mailer, repositories.jobs, recoveryCodeUsed(user.email, now, codesLeft));
    return true;
  }
}
