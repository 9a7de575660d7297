import { type AuditTrail, partyOf, recordedChange } from "../audit/audit-trail.js";
import type { Actor } from "../shared/actor.js";
import { ANONYMOUS_CONTEXT, type RequestContext } from "../shared/request-context.js";
import { requireRole } from "./organization-access.js";

/** Deletes an organisation with its memberships and invitations. Owners only. Raises: organization.not_found, organization.forbidden. */
export class DeleteOrganization {
  constructor(private readonly trail: AuditTrail) {}

  async execute(actor: Actor, organizationId: string, context: RequestContext = ANONYMOUS_CONTEXT): Promise<void> {
    await recordedChange(
      this.trail,
      context,
      async ({ organizations }) => {
        const { organization } = await requireRole(organizations, actor, organizationId, "owner", { lock: true });
        await organizations.remove(organization.id);
        return organization;
      },
      async (organization, { users }) => ({
        action: "org.deleted",
        actor: await partyOf(users, actor.id),
        target: { type: "organization", id: organization.id },
        organizationId: organization.id,
        details: { name: organization.name, slug: organization.slug },
      }),
    );
  }
}
