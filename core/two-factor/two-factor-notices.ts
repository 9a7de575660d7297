import type { OutgoingEmail } from "../mail/outgoing-email.js";

/** The notice that two-factor authentication was turned on or off at `at`. */
export const twoFactorChanged = (to: string, enabled: boolean, at: Date): OutgoingEmail => ({
  kind: enabled ? "two_factor_enabled" : "two_factor_disabled",
  to,
  at: at.toISOString(),
});

/** The notice that a recovery code was used to sign in at `at`, and how many are left. */
export const recoveryCodeUsed = (to: string, at: Date, codesLeft: number): OutgoingEmail => ({
  kind: "recovery_code_used",
  to,
  at: at.toISOString(),
  codesLeft: String(codesLeft),
});
