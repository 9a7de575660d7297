import { type AuditTrail, partyOf, recordedChange } from "../audit/audit-trail.js";
import type { Actor } from "../shared/actor.js";
import { ANONYMOUS_CONTEXT, type RequestContext } from "../shared/request-context.js";
import type { Invitation } from "./invitation.js";
import { requireRole } from "./organization-access.js";
import { OrganizationErrors } from "./organization-errors.js";

/** Revokes a pending invitation of the organisation (admins). Raises: organization.not_found, organization.forbidden, organization.invitation_not_found. */
export class RevokeInvitation {
  constructor(private readonly trail: AuditTrail) {}

  async execute(
    actor: Actor,
    organizationId: string,
    invitationId: string,
    context: RequestContext = ANONYMOUS_CONTEXT,
  ): Promise<void> {
    await recordedChange(
      this.trail,
      context,
      async ({ organizations, invitations }): Promise<Invitation> => {
        const { organization } = await requireRole(organizations, actor, organizationId, "admin");
        const invitation = await invitations.findById(invitationId);
        if (!invitation || invitation.organizationId !== organization.id) throw OrganizationErrors.invitationNotFound();
        if (!(await invitations.revoke(invitation.id, this.trail.clock.now()))) {
          throw OrganizationErrors.invitationNotFound();
        }
        return invitation;
      },
      async (invitation, { users }) => ({
        action: "org.invitation_revoked",
        actor: await partyOf(users, actor.id),
        target: { type: "invitation", id: invitation.id },
        organizationId: invitation.organizationId,
        details: { email: invitation.email, role: invitation.role },
      }),
    );
  }
}
