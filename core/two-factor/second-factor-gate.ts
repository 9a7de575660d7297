import type { SecretGenerator } from "../auth/session-ports.js";
import type { Clock } from "../shared/clock.js";
import type { User } from "../users/user.js";
import { type LogInTransport, MFA_CHALLENGE_POLICY, MfaToken } from "./mfa-challenge.js";
import type { MfaChallengeRepository } from "./ports.js";
import type { SecondFactors } from "./second-factor.js";
import { SecondFactorRequired } from "./two-factor-errors.js";

/**
 * Stands between a proven password and a session: for a user with a second factor it opens a challenge and refuses
 * with the token that answers it; for anyone else it lets the log-in through.
 */
export class SecondFactorGate {
  constructor(
    private readonly factors: SecondFactors,
    private readonly challenges: MfaChallengeRepository,
    private readonly secrets: SecretGenerator,
    private readonly clock: Clock,
  ) {}

  /** Raises: auth.second_factor_required (with the token and the user's methods) when a second factor is needed. */
  async check(user: User, transport: LogInTransport): Promise<void> {
    const methods = await this.factors.requiredFor(user.id);
    if (methods.length === 0) return;
    const secret = this.secrets.generate();
    const now = this.clock.now();
    const challenge = await this.challenges.add({
      userId: user.id,
      transport,
      secretHash: this.secrets.hash(secret),
      createdAt: now,
      expiresAt: new Date(now.getTime() + MFA_CHALLENGE_POLICY.lifetimeMinutes * 60_000),
    });
    const token = MfaToken.format({ challengeId: challenge.id, secret, transport, email: user.email });
    throw new SecondFactorRequired(token, methods, transport);
  }
}
