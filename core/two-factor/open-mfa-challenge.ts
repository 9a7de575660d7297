import type { SecretGenerator } from "../auth/session-ports.js";
import type { Clock } from "../shared/clock.js";
import type { UserRepository } from "../users/ports.js";
import type { User } from "../users/user.js";
import { isOpen, type MfaChallenge, MfaToken } from "./mfa-challenge.js";
import type { MfaChallengeRepository } from "./ports.js";
import { TwoFactorErrors } from "./two-factor-errors.js";

export interface MfaChallengeReaders {
  readonly users: UserRepository;
  readonly challenges: MfaChallengeRepository;
  readonly secrets: SecretGenerator;
  readonly clock: Clock;
}

/**
 * The open challenge an `mfa_token` names, and its user; the token's parts must all match it, else the answer is the
 * one a wrong code gets. Raises: two_factor.invalid_code.
 */
export async function openMfaChallenge(
  readers: MfaChallengeReaders,
  mfaToken: string,
): Promise<{ challenge: MfaChallenge; user: User }> {
  const parts = MfaToken.parse(mfaToken);
  const challenge = parts && (await readers.challenges.findById(parts.challengeId));
  const matches =
    parts !== null &&
    challenge &&
    isOpen(challenge, readers.clock.now()) &&
    challenge.transport === parts.transport &&
    challenge.secretHash === readers.secrets.hash(parts.secret);
  const user = matches ? await readers.users.findById(challenge.userId) : null;
  if (!parts || !challenge || !user || user.email.toLowerCase() !== parts.email.toLowerCase()) {
    throw TwoFactorErrors.invalidCode();
  }
  return { challenge, user };
}
