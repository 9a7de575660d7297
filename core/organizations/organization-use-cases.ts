import type { AuditTrail } from "../audit/audit-trail.js";
import type { AuditLog } from "../audit/ports.js";
import type { SecretGenerator } from "../auth/session-ports.js";
import type { Mailer } from "../mail/mailer.js";
import type { UserRepository } from "../users/ports.js";
import { AcceptInvitation } from "./accept-invitation.js";
import { ChangeMemberRole } from "./change-member-role.js";
import { CreateOrganization } from "./create-organization.js";
import { DeleteOrganization } from "./delete-organization.js";
import { GetOrganization } from "./get-organization.js";
import type { InvitationPolicy } from "./invitation-policy.js";
import { InviteMember } from "./invite-member.js";
import { ListInvitations } from "./list-invitations.js";
import { ListMembers } from "./list-members.js";
import { ListMyOrganizations } from "./list-my-organizations.js";
import { ListOrganizationAuditEvents } from "./list-organization-audit-events.js";
import type { InvitationRepository, OrganizationRepository } from "./ports.js";
import { PreviewInvitation } from "./preview-invitation.js";
import { RemoveMember } from "./remove-member.js";
import { RenameOrganization } from "./rename-organization.js";
import { RevokeInvitation } from "./revoke-invitation.js";

export interface OrganizationPorts {
  readonly organizations: OrganizationRepository;
  readonly invitations: InvitationRepository;
  readonly users: UserRepository;
  readonly auditLog: AuditLog;
  readonly secrets: SecretGenerator;
  readonly mailer: Mailer;
  readonly invitationPolicy: InvitationPolicy;
}

/** Every organisation use case, for the composition root to bind by class. */
export const organizationUseCases = (ports: OrganizationPorts, trail: AuditTrail) => {
  const { organizations, invitations, users, secrets } = ports;
  return [
    new CreateOrganization(trail),
    new ListMyOrganizations(organizations),
    new GetOrganization(organizations),
    new RenameOrganization(trail),
    new DeleteOrganization(trail),
    new ListMembers(organizations),
    new ChangeMemberRole(trail),
    new RemoveMember(trail),
    new InviteMember(trail, secrets, ports.mailer, ports.invitationPolicy),
    new ListInvitations(organizations, invitations, trail.clock),
    new RevokeInvitation(trail),
    new PreviewInvitation(organizations, invitations, users, secrets, trail.clock),
    new AcceptInvitation(trail, secrets),
    new ListOrganizationAuditEvents(organizations, ports.auditLog),
  ];
};
