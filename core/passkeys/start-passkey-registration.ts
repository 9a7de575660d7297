import { AuthErrors } from "../auth/auth-errors.js";
import type { Actor } from "../shared/actor.js";
import type { Clock } from "../shared/clock.js";
import type { UserRepository } from "../users/ports.js";
import { challengeExpiry } from "./passkey-challenge.js";
import { credentialOf } from "./passkey-credential.js";
import type { PasskeyChallengeRepository, PasskeyOptions, PasskeyRepository, WebAuthnCeremonies } from "./ports.js";

/**
 * Creation options for a new passkey of the caller, its existing ones excluded; the challenge is stored for the
 * registration that answers it. Raises: auth.user_not_found.
 */
export class StartPasskeyRegistration {
  constructor(
    private readonly users: UserRepository,
    private readonly passkeys: PasskeyRepository,
    private readonly challenges: PasskeyChallengeRepository,
    private readonly ceremonies: WebAuthnCeremonies,
    private readonly clock: Clock,
  ) {}

  async execute(actor: Actor): Promise<PasskeyOptions> {
    const user = await this.users.findById(actor.id);
    if (!user) throw AuthErrors.userNotFound();
    const existing = await this.passkeys.listByUser(user.id);
    const { options, challenge } = await this.ceremonies.creationOptions({
      userId: user.id,
      userName: user.email,
      userDisplayName: user.fullName ?? user.email,
      exclude: existing.map(credentialOf),
    });
    const now = this.clock.now();
    await this.challenges.deleteExpired(now);
    await this.challenges.add({
      challenge,
      ceremony: "registration",
      userId: user.id,
      expiresAt: challengeExpiry(now),
    });
    return options;
  }
}
