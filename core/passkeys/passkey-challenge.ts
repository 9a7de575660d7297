/** Why a challenge was issued: creating a passkey for its user, or proving one (for its user when it has one). */
export type PasskeyCeremony = "registration" | "authentication";

/** A random value the browser must have the authenticator sign; stored so any replica can check it, used once. */
export interface PasskeyChallenge {
  readonly id: string;
  /** The value the options carry and the client data echoes back (base64url). */
  readonly challenge: string;
  readonly ceremony: PasskeyCeremony;
  /** Whose passkey must answer; null for a passwordless login, where any registered passkey may. */
  readonly userId: string | null;
  readonly expiresAt: Date;
}

export type NewPasskeyChallenge = Omit<PasskeyChallenge, "id">;

/** How long a challenge can be answered. */
export const PASSKEY_CHALLENGE_LIFETIME_MS = 5 * 60_000;

export const challengeExpiry = (now: Date): Date => new Date(now.getTime() + PASSKEY_CHALLENGE_LIFETIME_MS);
