import type { Clock } from "../shared/clock.js";
import type { Passkey } from "./passkey.js";
import { credentialOf } from "./passkey-credential.js";
import { PasskeyErrors } from "./passkey-errors.js";
import type { PasskeyChallengeRepository, PasskeyRepository, WebAuthnCeremonies } from "./ports.js";

/** Which assertion to check: the browser's answer, the challenge it answers, and whose passkey must have signed. */
export interface PasskeyAssertion {
  readonly response: unknown;
  /** The challenge by id; when absent, the challenge the response's client data names. */
  readonly challengeId?: string;
  /** The user who must own the passkey (a second login step); absent for a passwordless login. */
  readonly userId?: string;
}

/**
 * Checks a passkey assertion and records its use: it must answer a live authentication challenge (spent by the
 * check, so an assertion works once), come from our origin with user verification, be signed by a registered
 * passkey (the challenge's and the expected user's, when they name one), and move the signature counter forward.
 * Gives the passkey as used. Raises: passkey.not_recognised.
 */
export class VerifyPasskeyAssertion {
  constructor(
    private readonly passkeys: PasskeyRepository,
    private readonly challenges: PasskeyChallengeRepository,
    private readonly ceremonies: WebAuthnCeremonies,
    private readonly clock: Clock,
  ) {}

  async execute(assertion: PasskeyAssertion): Promise<Passkey> {
    const claims = this.ceremonies.claimsOf(assertion.response);
    if (!claims) throw PasskeyErrors.notRecognised();
    const now = this.clock.now();
    const challenge =
      assertion.challengeId === undefined
        ? await this.challenges.takeByValue(claims.challenge, now)
        : await this.challenges.take(assertion.challengeId, now);
    if (challenge?.ceremony !== "authentication" || challenge.challenge !== claims.challenge) {
      throw PasskeyErrors.notRecognised();
    }
    const passkey = await this.passkeys.findByCredentialId(claims.credentialId);
    const owners = [challenge.userId, assertion.userId ?? null, claims.userHandle];
    if (!passkey || owners.some((owner) => owner !== null && owner !== passkey.userId)) {
      throw PasskeyErrors.notRecognised();
    }
    const verified = await this.ceremonies.verifyAssertion(
      assertion.response,
      challenge.challenge,
      credentialOf(passkey),
    );
    if (!verified) throw PasskeyErrors.notRecognised();
    const use = { previousCounter: passkey.counter, counter: verified.counter, at: now };
    if (!(await this.passkeys.recordUse(passkey.id, use))) throw PasskeyErrors.notRecognised();
    return { ...passkey, counter: verified.counter, lastUsedAt: now };
  }
}
