import { DomainError } from "../shared/errors.js";

/** Every refusal about organisations, their members and invitations. */
export const OrganizationErrors = {
  notFound: () => new DomainError("not_found", "organization.not_found", "Organization not found"),
  forbidden: () => new DomainError("forbidden", "organization.forbidden", "Not enough permissions"),
  lastOwner: () => new DomainError("invalid", "organization.last_owner", "An organization needs at least one owner"),
  memberNotFound: () => new DomainError("not_found", "organization.member_not_found", "Member not found"),
  alreadyMember: () => new DomainError("conflict", "organization.already_member", "Already a member"),
  invitationNotFound: () => new DomainError("not_found", "organization.invitation_not_found", "Invitation not found"),
  invalidInvitation: () => new DomainError("invalid", "organization.invalid_invitation", "Invalid invitation"),
  invitationForOther: (masked: string) =>
    new DomainError("forbidden", "organization.invitation_for_other", `This invitation is for ${masked}`),
  emailNotVerified: () => new DomainError("forbidden", "organization.email_not_verified", "Email not verified"),
};
