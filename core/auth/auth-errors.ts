import { DomainError } from "../shared/errors.js";

/** Every refusal about logging in and tokens, with the exact wording clients of the reference expect. */
export const AuthErrors = {
  notAuthenticated: () => new DomainError("unauthenticated", "auth.not_authenticated", "Not authenticated"),
  incorrectCredentials: () => new DomainError("invalid", "auth.incorrect_credentials", "Incorrect email or password"),
  inactiveUser: () => new DomainError("invalid", "auth.inactive_user", "Inactive user"),
  invalidCredentials: () => new DomainError("forbidden", "auth.invalid_token", "Could not validate credentials"),
  userNotFound: () => new DomainError("not_found", "auth.user_not_found", "User not found"),
  invalidResetToken: () => new DomainError("invalid", "auth.invalid_reset_token", "Invalid token"),
  /** A revert link that is forged, expired, already used, or superseded by a later change of address. */
  invalidRevertToken: () => new DomainError("invalid", "auth.invalid_revert_token", "Invalid token"),
};
