import type { SecretGenerator } from "../auth/session-ports.js";
import type { TotpAlgorithm } from "./ports.js";

/** How many recovery codes a user holds at a time. */
export const RECOVERY_CODE_COUNT = 10;

/** A code as typed: letter case, spaces and dashes do not matter. */
export const normalizeRecoveryCode = (code: string): string => code.toLowerCase().replace(/[^a-z0-9]/g, "");

/** A fresh set of recovery codes, as shown once to the user, and the digests stored in their place. */
export function issueRecoveryCodes(totp: TotpAlgorithm, secrets: SecretGenerator) {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, () => totp.newRecoveryCode());
  return { codes, hashes: codes.map((code) => secrets.hash(normalizeRecoveryCode(code))) };
}
