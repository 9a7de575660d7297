import { type AuditTrail, partyOf, recordedChange } from "../audit/audit-trail.js";
import type { SecretGenerator } from "../auth/session-ports.js";
import type { Actor } from "../shared/actor.js";
import { ANONYMOUS_CONTEXT, type RequestContext } from "../shared/request-context.js";
import { isPending, maskedEmail } from "./invitation.js";
import { memberOf } from "./member-changes.js";
import type { Member } from "./organization.js";
import { OrganizationErrors } from "./organization-errors.js";

/**
 * Joins the caller to the organisation of an invitation addressed to their verified e-mail (case-insensitively).
 * Single use: of two acceptances at once, one joins and the other is refused. Raises: organization.invalid_invitation,
 * organization.invitation_for_other, organization.email_not_verified, organization.already_member.
 */
export class AcceptInvitation {
  constructor(
    private readonly trail: AuditTrail,
    private readonly secrets: SecretGenerator,
  ) {}

  execute(actor: Actor, token: string, context: RequestContext = ANONYMOUS_CONTEXT): Promise<Member> {
    const now = this.trail.clock.now();
    return recordedChange(
      this.trail,
      context,
      async (repositories) => {
        const { invitations, organizations, users } = repositories;
        const invitation = await invitations.findByTokenHash(this.secrets.hash(token));
        if (!invitation || !isPending(invitation, now)) throw OrganizationErrors.invalidInvitation();
        const user = await users.findById(actor.id);
        if (!user || user.email.toLowerCase() !== invitation.email) {
          throw OrganizationErrors.invitationForOther(maskedEmail(invitation.email));
        }
        if (user.emailVerifiedAt === null) throw OrganizationErrors.emailNotVerified();
        if (!(await organizations.lock(invitation.organizationId))) throw OrganizationErrors.invalidInvitation();
        if (await organizations.findMembership(invitation.organizationId, user.id)) {
          throw OrganizationErrors.alreadyMember();
        }
        if (!(await invitations.accept(invitation.id, now))) throw OrganizationErrors.invalidInvitation();
        const membership = await organizations.addMembership({
          organizationId: invitation.organizationId,
          userId: user.id,
          role: invitation.role,
        });
        if (!membership) throw OrganizationErrors.alreadyMember();
        return { invitationId: invitation.id, member: await memberOf(repositories, membership) };
      },
      async ({ invitationId, member }, { users }) => ({
        action: "org.invitation_accepted",
        actor: await partyOf(users, actor.id),
        target: { type: "invitation", id: invitationId },
        organizationId: member.organizationId,
        details: { role: member.role },
      }),
    ).then(({ member }) => member);
  }
}
