/** A verification link waiting to be used: the digest of its token, the address it proves, and its end. */
export interface PendingVerification {
  readonly userId: string;
  /** The address the link was sent to: it verifies the account only while the account still has it. */
  readonly email: string;
  readonly tokenHash: string;
  readonly expiresAt: Date;
}

/**
 * Stores at most one pending verification per user (removed with the user). Only digests are stored: a token
 * read from the store cannot be used.
 */
export interface EmailVerificationRepository {
  /** Stores `pending` as its user's only one: an earlier link of that user stops working. */
  replace(pending: PendingVerification): Promise<void>;
  /**
   * Removes the pending verification whose token has this digest and gives it (null when there is none): of two
   * callers presenting one token, only one gets it.
   */
  take(tokenHash: string): Promise<PendingVerification | null>;
  /** Deletes the verifications that ended before `now`; gives how many. */
  deleteExpired(now: Date): Promise<number>;
}
