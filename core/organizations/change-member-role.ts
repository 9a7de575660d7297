import { type AuditTrail, partyOf, recordedChange, userTarget } from "../audit/audit-trail.js";
import type { Actor } from "../shared/actor.js";
import { ANONYMOUS_CONTEXT, type RequestContext } from "../shared/request-context.js";
import { assertMayManage, assertOwnerRemains, memberOf } from "./member-changes.js";
import type { Member, OrganizationRole } from "./organization.js";
import { requireRole } from "./organization-access.js";
import { OrganizationErrors } from "./organization-errors.js";

/**
 * Gives a member another role: admins between member and admin, owners to and from owner; the last owner stays.
 * Changes of one organisation take turns behind its row lock, so two owners demoting each other at once leave one.
 * Raises: organization.not_found, organization.forbidden, organization.member_not_found, organization.last_owner.
 */
export class ChangeMemberRole {
  constructor(private readonly trail: AuditTrail) {}

  execute(
    actor: Actor,
    organizationId: string,
    userId: string,
    role: OrganizationRole,
    context: RequestContext = ANONYMOUS_CONTEXT,
  ): Promise<Member> {
    return recordedChange(
      this.trail,
      context,
      async (repositories) => {
        const { organizations } = repositories;
        const { organization, membership } = await requireRole(organizations, actor, organizationId, "admin", {
          lock: true,
        });
        const target = await organizations.findMembership(organization.id, userId);
        if (!target) throw OrganizationErrors.memberNotFound();
        assertMayManage(membership.role, target, role);
        await assertOwnerRemains(repositories, target, role);
        const changed = await organizations.changeRole(organization.id, target.userId, role);
        if (!changed) throw OrganizationErrors.memberNotFound();
        return { before: target.role, member: await memberOf(repositories, changed) };
      },
      async ({ before, member }, { users }) =>
        before === member.role
          ? null
          : {
              action: "org.member_role_changed",
              actor: await partyOf(users, actor.id),
              target: userTarget(member.userId),
              organizationId: member.organizationId,
              details: { role: { from: before, to: member.role } },
            },
    ).then(({ member }) => member);
  }
}
