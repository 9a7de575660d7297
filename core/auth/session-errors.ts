import { DomainError } from "../shared/errors.js";

/** Refusals about sessions and refresh tokens. */
export const SessionErrors = {
  invalidRefreshToken: () => new DomainError("invalid", "auth.invalid_refresh_token", "Invalid refresh token"),
  sessionNotFound: () => new DomainError("not_found", "session.not_found", "Session not found"),
};
