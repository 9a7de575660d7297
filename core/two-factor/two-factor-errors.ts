import { DomainError } from "../shared/errors.js";
import type { LogInTransport } from "./mfa-challenge.js";

/** Every refusal about second factors, with the exact wording clients expect. */
export const TwoFactorErrors = {
  /** A wrong, replayed or unusable code, or a void `mfa_token`: one answer, so nothing is told apart. */
  invalidCode: () => new DomainError("invalid", "two_factor.invalid_code", "Invalid code"),
  notEnabled: () => new DomainError("invalid", "two_factor.not_enabled", "Two-factor authentication is not enabled"),
};

/** The second factors a log-in may be completed with. */
export type SecondFactorName = "totp" | "recovery_code" | "passkey";

/**
 * The answer to the right password of a user with a second factor: no session yet; the client completes the log-in
 * with the token and one of the methods.
 */
export class SecondFactorRequired extends DomainError {
  constructor(
    readonly mfaToken: string,
    readonly methods: readonly SecondFactorName[],
    readonly transport: LogInTransport,
  ) {
    super("unauthenticated", "auth.second_factor_required", "Second factor required");
    this.name = "SecondFactorRequired";
  }
}
