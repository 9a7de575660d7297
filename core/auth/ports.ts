/** What a password-reset token says once its signature, purpose and validity window are checked. */
export interface ResetClaim {
  readonly email: string;
  /** Fingerprint of the password hash the token was issued against; a changed password voids the token. */
  readonly passwordStamp: string;
}

/** Issues and reads signed, purpose-bound, expiring tokens. */
export interface TokenService {
  issueAccessToken(userId: string): string;
  /** The user id of a valid access token, or null for anything else (reset tokens included). */
  readAccessToken(token: string): string | null;
  issueResetToken(email: string, hashedPassword: string): string;
  /** The claim of a valid reset token, or null for anything else (access tokens included). */
  readResetToken(token: string): ResetClaim | null;
  /** The fingerprint of a password hash that reset tokens carry. */
  passwordStamp(hashedPassword: string): string;
}
