import type { Invitation } from "../../../core/organizations/invitation.js";
import type { Member, MyOrganization } from "../../../core/organizations/organization.js";
import type { InvitationPreview } from "../../../core/organizations/preview-invitation.js";
import type { Paged } from "../../../core/shared/page.js";
import { type EmailStr, nothingLeft, type UUID } from "../shared-shapes.js";

/** A refusal: what went wrong, for a person to read. */
export interface ErrorDetail {
  detail: string;
}

/** A role in one organisation. */
export type OrganizationRoleName = "owner" | "admin" | "member";

/** A new organisation, or its new name. */
export interface OrganizationCreate {
  /**
   * @minLength 1
   * @maxLength 255
   */
  name: string;
}

export type OrganizationUpdate = OrganizationCreate;

/** An organisation and the caller's role in it. */
export interface OrganizationPublic {
  id: UUID;
  name: string;
  slug: string;
  role: OrganizationRoleName;
  created_at: Date | null;
}

export interface OrganizationsPublic {
  data: OrganizationPublic[];
  count: number;
}

/** A member of an organisation. */
export interface MemberPublic {
  user_id: UUID;
  organization_id: UUID;
  email: string;
  full_name: string | null;
  role: OrganizationRoleName;
  created_at: Date | null;
}

export interface MembersPublic {
  data: MemberPublic[];
  count: number;
}

/** A member's new role. */
export interface MemberUpdate {
  role: OrganizationRoleName;
}

/** Whom to invite, with which role. */
export interface InvitationCreate {
  email: EmailStr;
  role: OrganizationRoleName;
}

/** An invitation as its organisation's admins see it (never its token). */
export interface InvitationPublic {
  id: UUID;
  organization_id: UUID;
  email: string;
  role: OrganizationRoleName;
  invited_by: UUID | null;
  created_at: Date | null;
  expires_at: Date;
}

export interface InvitationsPublic {
  data: InvitationPublic[];
  count: number;
}

/** The token of an invitation link. */
export interface InvitationToken {
  /** @maxLength 512 */
  token: string;
}

/** What an invitation offers, with the invited address masked. */
export interface InvitationPreviewPublic {
  organization_name: string;
  inviter_email: string | null;
  role: OrganizationRoleName;
  email_masked: string;
  expires_at: Date;
}

export function organizationPublic(organization: MyOrganization): OrganizationPublic {
  const { id, name, slug, role, createdAt, ...unnamed } = organization;
  nothingLeft(unnamed);
  return { id, name, slug, role, created_at: createdAt };
}

export const organizationsPublic = (page: Paged<MyOrganization>): OrganizationsPublic => ({
  data: page.data.map(organizationPublic),
  count: page.count,
});

export function memberPublic(member: Member): MemberPublic {
  const { userId, organizationId, email, fullName, role, createdAt, ...unnamed } = member;
  nothingLeft(unnamed);
  return { user_id: userId, organization_id: organizationId, email, full_name: fullName, role, created_at: createdAt };
}

export const membersPublic = (page: Paged<Member>): MembersPublic => ({
  data: page.data.map(memberPublic),
  count: page.count,
});

export function invitationPublic(invitation: Invitation): InvitationPublic {
  const { id, organizationId, email, role, invitedBy, createdAt, expiresAt, ...rest } = invitation;
  const { tokenHash: _secret, acceptedAt: _accepted, revokedAt: _revoked, ...unnamed } = rest;
  nothingLeft(unnamed);
  return {
    id,
    organization_id: organizationId,
    email,
    role,
    invited_by: invitedBy,
    created_at: createdAt,
    expires_at: expiresAt,
  };
}

export const invitationsPublic = (invitations: readonly Invitation[]): InvitationsPublic => ({
  data: invitations.map(invitationPublic),
  count: invitations.length,
});

export function invitationPreviewPublic(preview: InvitationPreview): InvitationPreviewPublic {
  const { organizationName, inviterEmail, role, emailMasked, expiresAt, ...unnamed } = preview;
  nothingLeft(unnamed);
  return {
    organization_name: organizationName,
    inviter_email: inviterEmail,
    role,
    email_masked: emailMasked,
    expires_at: expiresAt,
  };
}
