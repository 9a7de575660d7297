import { type AuditTrail, partyOf, recordedChange } from "../audit/audit-trail.js";
import type { Actor } from "../shared/actor.js";
import { ANONYMOUS_CONTEXT, type RequestContext } from "../shared/request-context.js";
import type { MyOrganization } from "./organization.js";
import { requireRole } from "./organization-access.js";
import { OrganizationErrors } from "./organization-errors.js";

/** Renames an organisation (its slug stays, so links keep working). Owners only. Raises: organization.not_found, organization.forbidden. */
export class RenameOrganization {
  constructor(private readonly trail: AuditTrail) {}

  execute(actor: Actor, organizationId: string, name: string, context: RequestContext = ANONYMOUS_CONTEXT) {
    return recordedChange(
      this.trail,
      context,
      async ({ organizations }): Promise<MyOrganization & { readonly previousName: string }> => {
        const { organization } = await requireRole(organizations, actor, organizationId, "owner", { lock: true });
        const renamed = await organizations.rename(organization.id, name);
        if (!renamed) throw OrganizationErrors.notFound();
        return { ...renamed, role: "owner", previousName: organization.name };
      },
      async (renamed, { users }) => ({
        action: "org.updated",
        actor: await partyOf(users, actor.id),
        target: { type: "organization", id: renamed.id },
        organizationId: renamed.id,
        details: { name: { from: renamed.previousName, to: renamed.name } },
      }),
    ).then(({ previousName: _, ...organization }): MyOrganization => organization);
  }
}
