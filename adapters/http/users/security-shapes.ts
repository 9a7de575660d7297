import type { SecurityOverview } from "../../../core/users/read-my-security.js";

/** The token of the link a verification e-mail carries. */
export interface EmailVerificationToken {
  token: string;
}

/** How the caller's account is protected. */
export interface UserSecurity {
  /** Whether the account's current e-mail address has been proved with a verification link. */
  email_verified: boolean;
  /** Whether a time-based one-time code is asked for after the password. */
  totp_enabled: boolean;
  /** How many unused recovery codes are left (0 without two-factor authentication). */
  recovery_codes_left: number;
  /** How many passkeys the account has. */
  passkeys: number;
  /** False for an account that signs in only with passkeys or an identity provider. */
  has_password: boolean;
  /** The names of the identity providers linked to the account. */
  identities: string[];
}

export const userSecurity = (overview: SecurityOverview): UserSecurity => ({
  email_verified: overview.emailVerified,
  totp_enabled: overview.totpEnabled,
  recovery_codes_left: overview.recoveryCodesLeft,
  passkeys: overview.passkeys,
  has_password: overview.hasPassword,
  identities: [...overview.identities],
});
