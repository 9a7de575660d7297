import type { NewPasskey, Passkey } from "./passkey.js";
import type { NewPasskeyChallenge, PasskeyChallenge } from "./passkey-challenge.js";

/** Stores passkeys; credential ids are unique; a user's removal removes their passkeys. */
export interface PasskeyRepository {
  add(passkey: NewPasskey): Promise<Passkey>;
  /** The passkey with this id (null for an unknown or malformed id). */
  findById(id: string): Promise<Passkey | null>;
  findByCredentialId(credentialId: string): Promise<Passkey | null>;
  /** The user's passkeys, oldest first. */
  listByUser(userId: string): Promise<Passkey[]>;
  /** How many passkeys the user has (what the account's security summary shows). */
  countByUser(userId: string): Promise<number>;
  /**
   * Within a unit of work: holds the user's passkeys until the unit ends and gives how many there are, so that two
   * removals racing cannot each count the passkey the other removes.
   */
  lockAndCountByUser(userId: string): Promise<number>;
  /** The renamed passkey, or null when there is no such passkey. */
  rename(id: string, name: string): Promise<Passkey | null>;
  /** False when there was no such passkey. */
  remove(id: string): Promise<boolean>;
  /**
   * Records a verified use: the new counter and `at` as last use, only if the stored counter is still
   * `previousCounter` (the check and the write are one atomic step, so of two uses racing, one wins). False otherwise.
   */
  recordUse(id: string, use: { previousCounter: number; counter: number; at: Date }): Promise<boolean>;
}

/** Stores issued challenges, so that any replica can check an answer, and each is answered once at most. */
export interface PasskeyChallengeRepository {
  add(challenge: NewPasskeyChallenge): Promise<PasskeyChallenge>;
  /** Removes and gives the challenge with this id if it is unexpired at `now`; null otherwise (also for a bad id). */
  take(id: string, now: Date): Promise<PasskeyChallenge | null>;
  /** As `take`, found by the challenge value the client data echoes. */
  takeByValue(challenge: string, now: Date): Promise<PasskeyChallenge | null>;
  /** Deletes the challenges expired at `now`; gives how many. */
  deleteExpired(now: Date): Promise<number>;
}

/** The options a browser passes to `navigator.credentials.create` or `.get` (JSON, as WebAuthn's toJSON gives). */
export type PasskeyOptions = Readonly<Record<string, unknown>>;

/** The public part of a passkey an options or verification step needs. */
export interface PasskeyCredential {
  readonly credentialId: string;
  readonly publicKey: string;
  readonly counter: number;
  readonly transports: readonly string[];
}

/** What a browser's answer claims before any check: which credential, for which challenge, for which user handle. */
export interface PasskeyResponseClaims {
  readonly credentialId: string;
  readonly challenge: string;
  /** The user handle of a discoverable credential's assertion (our user id), null when absent. */
  readonly userHandle: string | null;
}

/** A registration that checked out: the new credential. */
export type VerifiedRegistration = PasskeyCredential;

/**
 * The WebAuthn ceremonies for this relying party (its id, name and origin are the adapter's configuration); user
 * verification is always required. Verification answers null for anything that does not check out, never throws
 * for a bad response.
 */
export interface WebAuthnCeremonies {
  creationOptions(input: {
    readonly userId: string;
    readonly userName: string;
    readonly userDisplayName: string;
    readonly exclude: readonly PasskeyCredential[];
  }): Promise<{ readonly options: PasskeyOptions; readonly challenge: string }>;
  /** Request options; an empty `allow` asks for a discoverable credential. */
  requestOptions(allow: readonly PasskeyCredential[]): Promise<{
    readonly options: PasskeyOptions;
    readonly challenge: string;
  }>;
  /** What a registration or an assertion claims, read without checking it; null when it is not one. */
  claimsOf(response: unknown): PasskeyResponseClaims | null;
  verifyRegistration(response: unknown, expectedChallenge: string): Promise<VerifiedRegistration | null>;
  /** The new signature counter of a valid assertion by `credential` for `expectedChallenge`. */
  verifyAssertion(
    response: unknown,
    expectedChallenge: string,
    credential: PasskeyCredential,
  ): Promise<{ readonly counter: number } | null>;
}

/** Whether a user could still sign in without a passkey: a password or a linked identity. */
export interface SignInMethods {
  canSignInWithoutPasskeys(userId: string): Promise<boolean>;
}
