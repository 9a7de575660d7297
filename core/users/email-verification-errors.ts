import { DomainError } from "../shared/errors.js";

/** The refusals of e-mail verification, with the wording clients expect. */
export const EmailVerificationErrors = {
  /** A verification link that is forged, expired, used, superseded by a newer one, or for an older address. */
  invalidToken: () => new DomainError("invalid", "auth.invalid_verify_token", "Invalid token"),
  alreadyVerified: () => new DomainError("invalid", "user.email_already_verified", "Email already verified"),
  /** The deployment requires a verified address before anything else is allowed. */
  notVerified: () => new DomainError("forbidden", "user.email_not_verified", "Email not verified"),
};
