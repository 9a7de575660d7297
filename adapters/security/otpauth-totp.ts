import { randomInt } from "node:crypto";
import { Secret, TOTP } from "otpauth";
import type { TotpAlgorithm } from "../../core/two-factor/ports.js";

/** RFC 6238 as authenticator apps expect it. */
const PARAMETERS = { algorithm: "SHA1", digits: 6, period: 30 } as const;
const SECRET_BYTES = 20;
/** Recovery codes: 16 characters of an alphabet without look-alikes (80 bits), shown in groups of four. */
const RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
const RECOVERY_LENGTH = 16;

/** TOTP with the `otpauth` library; codes match the current 30 s step or one step either side. */
export class OtpauthTotp implements TotpAlgorithm {
  newSecret(): string {
    return new Secret({ size: SECRET_BYTES }).base32;
  }

  uri(secret: string, label: { readonly issuer: string; readonly account: string }): string {
    return new TOTP({ ...PARAMETERS, issuer: label.issuer, label: label.account, secret }).toString();
  }

  matchingStep(secret: string, code: string, at: Date): number | null {
    const token = code.replace(/\s/g, "");
    if (!/^\d{6}$/.test(token)) return null;
    const totp = new TOTP({ ...PARAMETERS, secret });
    const timestamp = at.getTime();
    const delta = totp.validate({ token, timestamp, window: 1 });
    return delta === null ? null : totp.counter({ timestamp }) + delta;
  }

  newRecoveryCode(): string {
    const characters = Array.from(
      { length: RECOVERY_LENGTH },
      () => RECOVERY_ALPHABET[randomInt(RECOVERY_ALPHABET.length)],
    );
    return characters.join("").replace(/(.{4})(?!$)/g, "$1-");
  }
}
