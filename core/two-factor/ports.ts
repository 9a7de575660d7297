import type { MfaChallenge, NewMfaChallenge } from "./mfa-challenge.js";
import type { TotpState } from "./totp-state.js";

/** RFC 6238 time-based codes (SHA-1, 6 digits, 30 s steps) and the random material two-factor log-ins need. */
export interface TotpAlgorithm {
  /** A fresh random secret, base32 as authenticator apps read it. */
  newSecret(): string;
  /** The `otpauth://` URI an authenticator app scans, labelled with the issuer and the account. */
  uri(secret: string, label: { readonly issuer: string; readonly account: string }): string;
  /** The time step `code` is valid for at `at`, allowing one step of drift each way; null when it matches none. */
  matchingStep(secret: string, code: string, at: Date): number | null;
  /** A fresh recovery code (at least 10 characters, high entropy), as the user sees it. */
  newRecoveryCode(): string;
}

/** Authenticated encryption of small secrets at rest (the TOTP secret), under a key only the server holds. */
export interface SecretBox {
  seal(plaintext: string): string;
  /** The plaintext of a value sealed here, or null for anything else (tampered, another key). */
  open(sealed: string): string | null;
}

/**
 * Stores a user's TOTP factor and recovery codes; both go with the user. Conditional writes make confirming,
 * accepting a code and spending a recovery code race-safe: of two concurrent attempts exactly one wins.
 */
export interface TwoFactorRepository {
  findTotp(userId: string): Promise<TotpState | null>;
  /** Whether the user has confirmed a TOTP factor (what the account's security summary shows). */
  isTotpEnabled(userId: string): Promise<boolean>;
  /** Sets the pending (unconfirmed) secret, replacing any pending one; an enabled factor stays as it is. */
  setPendingTotp(userId: string, sealedSecret: string, at: Date): Promise<void>;
  /**
   * Makes the pending secret the enabled one, its code's step `acceptedStep` the last accepted, only while the
   * pending secret is still `sealedSecret`. False when it changed meanwhile.
   */
  enableTotp(userId: string, sealedSecret: string, acceptedStep: number, at: Date): Promise<boolean>;
  /** Records `step` as the last accepted, only if it is later than the last accepted one: false for a replay. */
  acceptTotpStep(userId: string, step: number): Promise<boolean>;
  /** Removes the factor (pending or enabled) and every recovery code; false when there was none. */
  removeTotp(userId: string): Promise<boolean>;
  /** Replaces every recovery code of the user by these digests. */
  replaceRecoveryCodes(userId: string, codeHashes: readonly string[], at: Date): Promise<void>;
  /** Marks the unused code with this digest used; false when there is none (unknown or already spent). */
  spendRecoveryCode(userId: string, codeHash: string, at: Date): Promise<boolean>;
  /** How many of the user's recovery codes are unused. */
  countRecoveryCodesLeft(userId: string): Promise<number>;
}

/** Stores the challenges between a log-in's password step and its second step; they go with their user. */
export interface MfaChallengeRepository {
  add(challenge: NewMfaChallenge): Promise<MfaChallenge>;
  findById(id: string): Promise<MfaChallenge | null>;
  /**
   * The challenge as `findById` gives it, its row locked until the unit of work it runs in ends: concurrent answers
   * to one challenge are checked one after another, each seeing the failures counted before it.
   */
  findByIdForUpdate(id: string): Promise<MfaChallenge | null>;
  /** Counts one wrong answer on an unspent challenge; the new count, or null when it is spent or gone. */
  countFailure(id: string): Promise<number | null>;
  /** Spends the challenge, only if unspent: false when another request spent it first. */
  spend(id: string, at: Date): Promise<boolean>;
  /** Deletes the challenges that expired before `before`; gives how many. */
  deleteExpired(before: Date): Promise<number>;
}
