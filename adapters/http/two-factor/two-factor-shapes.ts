import { DomainError } from "../../../core/shared/errors.js";
import type { SecondFactorProof } from "../../../core/two-factor/second-factor.js";
import type { TotpSetup } from "../../../core/two-factor/start-totp-setup.js";
import { TwoFactorErrors } from "../../../core/two-factor/two-factor-errors.js";

/** The current password, proving a change to the account's second factors. */
export interface PasswordConfirmation {
  /**
   * @minLength 8
   * @maxLength 128
   */
  password: string;
}

/** A code from the authenticator app, confirming a set-up. */
export interface TotpCode {
  /** @maxLength 64 */
  code: string;
}

/** A pending TOTP set-up: the secret to type into an authenticator app, or the URI its QR code holds. */
export interface TotpSetupPublic {
  secret: string;
  otpauth_uri: string;
}

/** Recovery codes, shown this once: each signs in once in place of a code. */
export interface RecoveryCodes {
  recovery_codes: string[];
}

/** A WebAuthn assertion as the browser gives it (JSON). */
export interface PasskeyAssertion {
  [key: string]: unknown;
}

/** The password step's token, to ask for what the second step needs. */
export interface MfaTokenBody {
  /** @maxLength 1024 */
  mfa_token: string;
}

/** The second step of a log-in: the password step's token and one proof of a second factor. */
export interface MfaLogIn {
  /** @maxLength 1024 */
  mfa_token: string;
  /** @maxLength 64 */
  code?: string | null;
  /** @maxLength 64 */
  recovery_code?: string | null;
  passkey?: PasskeyAssertion | null;
}

/** The answer to the right password of an account with a second factor: complete the log-in at `/login/mfa`. */
export interface SecondFactorRequiredBody {
  detail: string;
  mfa_token: string;
  /** The second factors this account can use. */
  methods: string[];
}

export const totpSetupPublic = (setup: TotpSetup): TotpSetupPublic => ({
  secret: setup.secret,
  otpauth_uri: setup.otpauthUri,
});

export const recoveryCodes = (codes: readonly string[]): RecoveryCodes => ({ recovery_codes: [...codes] });

/** The proof a second-step body carries; none is answered as a wrong code. */
export function proofOf(body: MfaLogIn): SecondFactorProof {
  if (typeof body.code === "string") return { method: "totp", code: body.code };
  if (typeof body.recovery_code === "string") return { method: "recovery_code", code: body.recovery_code };
  if (body.passkey) return { method: "passkey", assertion: body.passkey };
  throw TwoFactorErrors.invalidCode();
}

export const isWrongSecondFactor = (error: unknown): boolean =>
  error instanceof DomainError && error.code === "two_factor.invalid_code";
