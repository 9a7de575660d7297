import type { Clock } from "../shared/clock.js";
import { challengeExpiry } from "./passkey-challenge.js";
import { credentialOf } from "./passkey-credential.js";
import type { PasskeyChallengeRepository, PasskeyOptions, PasskeyRepository, WebAuthnCeremonies } from "./ports.js";

/** A stored authentication challenge and the request options that carry it. */
export interface PasskeyAssertionStart {
  readonly challengeId: string;
  readonly options: PasskeyOptions;
}

/**
 * Request options for proving a passkey: for a passwordless login (no user: any discoverable credential may answer),
 * or for one user (a second step after the password: only their passkeys are allowed, and only they may answer).
 */
export class StartPasskeyAssertion {
  constructor(
    private readonly passkeys: PasskeyRepository,
    private readonly challenges: PasskeyChallengeRepository,
    private readonly ceremonies: WebAuthnCeremonies,
    private readonly clock: Clock,
  ) {}

  async execute(userId: string | null = null): Promise<PasskeyAssertionStart> {
    const allowed = userId === null ? [] : (await this.passkeys.listByUser(userId)).map(credentialOf);
    const { options, challenge } = await this.ceremonies.requestOptions(allowed);
    const now = this.clock.now();
    await this.challenges.deleteExpired(now);
    const stored = await this.challenges.add({
      challenge,
      ceremony: "authentication",
      userId,
      expiresAt: challengeExpiry(now),
    });
    return { challengeId: stored.id, options };
  }
}
