import { DomainError } from "../shared/errors.js";

/**
 * Refusals of signing in with or linking an identity. The codes after `identity.` are what the sign-in page is
 * told (`/login?error=<code>`).
 */
export const IdentityErrors = {
  /** A local account has the address, but the provider or the account has not proved it. */
  linkRequiresPassword: () =>
    new DomainError(
      "conflict",
      "identity.link_requires_password",
      "Sign in with your password, then link it in Settings",
    ),
  registrationClosed: () =>
    new DomainError("forbidden", "identity.registration_closed", "Open user registration is forbidden on this server"),
  emailMissing: () =>
    new DomainError("invalid", "identity.email_missing", "The provider did not give an email address"),
  inactiveUser: () => new DomainError("invalid", "identity.inactive_user", "Inactive user"),
  linkedToAnotherUser: () =>
    new DomainError("conflict", "identity.linked_elsewhere", "This identity is linked to another account"),
  notFound: () => new DomainError("not_found", "identity.not_found", "Identity not found"),
  lastWayIn: () => new DomainError("invalid", "identity.last_way_in", "You cannot remove your only way to sign in"),
};

/** The code the sign-in page is sent for a refusal: `link_requires_password` for `identity.link_requires_password`. */
export const redirectCodeOf = (error: DomainError): string => error.code.replace(/^[a-z]+\./, "");
