import { type AuditTrail, partyOf, recordedChange } from "../audit/audit-trail.js";
import type { SecretGenerator } from "../auth/session-ports.js";
import type { Mailer } from "../mail/mailer.js";
import { queueEmail } from "../mail/queue-email.js";
import type { Actor } from "../shared/actor.js";
import { ANONYMOUS_CONTEXT, type RequestContext } from "../shared/request-context.js";
import type { Invitation } from "./invitation.js";
import { type InvitationPolicy, invitationExpiry } from "./invitation-policy.js";
import type { OrganizationRole } from "./organization.js";
import { requireRole } from "./organization-access.js";
import { OrganizationErrors } from "./organization-errors.js";

/**
 * Invites an address into an organisation with a role (admins; owners to invite an owner) and queues the e-mail
 * with its single-use link; an open invitation of that address is replaced. Raises: organization.not_found,
 * organization.forbidden, organization.already_member.
 */
export class InviteMember {
  constructor(
    private readonly trail: AuditTrail,
    private readonly secrets: SecretGenerator,
    private readonly mailer: Mailer,
    private readonly policy: InvitationPolicy,
  ) {}

  execute(
    actor: Actor,
    organizationId: string,
    input: { readonly email: string; readonly role: OrganizationRole },
    context: RequestContext = ANONYMOUS_CONTEXT,
  ): Promise<Invitation> {
    const email = input.email.toLowerCase();
    const now = this.trail.clock.now();
    return recordedChange(
      this.trail,
      context,
      async ({ organizations, invitations, users, jobs }) => {
        const { organization, membership } = await requireRole(organizations, actor, organizationId, "admin", {
          lock: true,
        });
        if (input.role === "owner" && membership.role !== "owner") throw OrganizationErrors.forbidden();
        if (await organizations.hasMemberWithEmail(organization.id, email)) throw OrganizationErrors.alreadyMember();
        await invitations.revokeOpenFor(organization.id, email, now);
        const token = this.secrets.generate();
        const invitation = await invitations.add({
          organizationId: organization.id,
          email,
          role: input.role,
          tokenHash: this.secrets.hash(token),
          invitedBy: actor.id,
          expiresAt: invitationExpiry(this.policy, now),
        });
        const inviter = await users.findById(actor.id);
        await queueEmail(this.mailer, jobs, {
          kind: "invitation",
          to: email,
          organizationName: organization.name,
          inviterEmail: inviter?.email ?? "",
          inviterName: inviter?.fullName ?? null,
          role: input.role,
          token,
          expiresAt: invitation.expiresAt.toISOString(),
        });
        return invitation;
      },
      async (invitation, { users }) => ({
        action: "org.invitation_sent",
        actor: await partyOf(users, actor.id),
        target: { type: "invitation", id: invitation.id },
        organizationId: invitation.organizationId,
        details: { email: invitation.email, role: invitation.role },
      }),
    );
  }
}
