import { type AuditTrail, recordedChange, userTarget } from "../audit/audit-trail.js";
import type { SecretGenerator } from "../auth/session-ports.js";
import type { Actor } from "../shared/actor.js";
import { ANONYMOUS_CONTEXT, type RequestContext } from "../shared/request-context.js";
import type { PasswordHasher, UserRepository } from "../users/ports.js";
import type { TotpAlgorithm } from "./ports.js";
import { provePassword } from "./prove-password.js";
import { issueRecoveryCodes } from "./recovery-codes.js";
import { TwoFactorErrors } from "./two-factor-errors.js";

/**
 * A user with TOTP on replaces their recovery codes, proving their password; the old ones stop working.
 * Raises: user.incorrect_password, two_factor.not_enabled, user.not_found.
 */
export class RegenerateRecoveryCodes {
  constructor(
    private readonly users: UserRepository,
    private readonly hasher: PasswordHasher,
    private readonly totp: TotpAlgorithm,
    private readonly secrets: SecretGenerator,
    private readonly trail: AuditTrail,
  ) {}

  async execute(actor: Actor, password: string, context: RequestContext = ANONYMOUS_CONTEXT): Promise<string[]> {
    const user = await provePassword(this.users, this.hasher, actor, password);
    const { codes, hashes } = issueRecoveryCodes(this.totp, this.secrets);
    await recordedChange(
      this.trail,
      context,
      async (repositories) => {
        if (!(await repositories.twoFactor.isTotpEnabled(user.id))) throw TwoFactorErrors.notEnabled();
        await repositories.twoFactor.replaceRecoveryCodes(user.id, hashes, this.trail.clock.now());
      },
      () => ({
        action: "auth.recovery_codes_regenerated",
        actor: { id: user.id, email: user.email },
        target: userTarget(user.id),
      }),
    );
    return codes;
  }
}
