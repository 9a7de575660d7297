/** What a password-reset token says once its signature, purpose and validity window are checked. */
export interface ResetClaim {
  readonly email: string;
  /** Fingerprint of the password hash the token was issued against; a changed password voids the token. */
  readonly passwordStamp: string;
}

/** What a valid access token says: its user and, for tokens issued with a session, that session. */
export interface AccessClaims {
  readonly userId: string;
  readonly sessionId: string | null;
}

/** A signed access token and the seconds it stays valid. */
export interface IssuedAccessToken {
  readonly token: string;
  readonly expiresIn: number;
}

/** An account's change of e-mail address, as a revert link carries it. */
export interface EmailChange {
  readonly userId: string;
  /** The address the account had, which the link puts back. */
  readonly previousEmail: string;
  /** The address it was changed to; the link works only while the account still has it. */
  readonly changedTo: string;
}

/**
 * Seals the refresh tokens the core issues and opens only those: refreshing revokes a session whose id comes with a
 * wrong secret (a spent token came back), so a token naming a session must be proven ours before its id is used.
 */
export interface RefreshTokenSeal {
  seal(token: string): string;
  /** The inner token of a token sealed here, or null for anything else. */
  open(sealed: string): string | null;
}

/** Issues and reads signed, purpose-bound, expiring tokens. */
export interface TokenService {
  issueAccessToken(userId: string): string;
  /** An access token bound to a session; it expires with the session at the latest. */
  issueSessionAccessToken(
    userId: string,
    session: { readonly id: string; readonly expiresAt: Date },
  ): IssuedAccessToken;
  /** The user id of a valid access token, or null for anything else (reset tokens included). */
  readAccessToken(token: string): string | null;
  /** The claims of a valid access token, or null for anything else (reset tokens included). */
  readAccessClaims(token: string): AccessClaims | null;
  /** `hashedPassword` null: the account has no password yet, and the token sets its first. */
  issueResetToken(email: string, hashedPassword: string | null): string;
  /** The claim of a valid reset token, or null for anything else (access tokens included). */
  readResetToken(token: string): ResetClaim | null;
  /** The fingerprint of a password hash that reset tokens carry. */
  passwordStamp(hashedPassword: string | null): string;
  /** A token, valid for 7 days, that undoes `change` (sent to the previous address). */
  issueEmailRevertToken(change: EmailChange): string;
  /** The change a valid revert token undoes, or null for anything else. */
  readEmailRevertToken(token: string): EmailChange | null;
}
