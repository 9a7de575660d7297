import { type AuditTrail, partyOf, recordedChange, userTarget } from "../audit/audit-trail.js";
import type { Actor } from "../shared/actor.js";
import { ANONYMOUS_CONTEXT, type RequestContext } from "../shared/request-context.js";
import { assertMayManage, assertOwnerRemains } from "./member-changes.js";
import { roleAtLeast } from "./organization.js";
import { requireRole } from "./organization-access.js";
import { OrganizationErrors } from "./organization-errors.js";

/**
 * Removes a member (admins; owners to remove an owner), or lets a member leave; the last owner stays.
 * Raises: organization.not_found, organization.forbidden, organization.member_not_found, organization.last_owner.
 */
export class RemoveMember {
  constructor(private readonly trail: AuditTrail) {}

  async execute(
    actor: Actor,
    organizationId: string,
    userId: string,
    context: RequestContext = ANONYMOUS_CONTEXT,
  ): Promise<void> {
    const leaving = userId.toLowerCase() === actor.id.toLowerCase();
    await recordedChange(
      this.trail,
      context,
      async (repositories) => {
        const { organizations } = repositories;
        const { organization, membership } = await requireRole(organizations, actor, organizationId, "member", {
          lock: true,
        });
        let target = membership;
        if (!leaving) {
          if (!roleAtLeast(membership.role, "admin")) throw OrganizationErrors.forbidden();
          const found = await organizations.findMembership(organization.id, userId);
          if (!found) throw OrganizationErrors.memberNotFound();
          assertMayManage(membership.role, found);
          target = found;
        }
        await assertOwnerRemains(repositories, target, null);
        await organizations.removeMembership(organization.id, target.userId);
        return target;
      },
      async (target, { users }) => ({
        action: leaving ? "org.member_left" : "org.member_removed",
        actor: await partyOf(users, actor.id),
        target: userTarget(target.userId),
        organizationId: target.organizationId,
        details: { role: target.role },
      }),
    );
  }
}
