import type { Actor } from "../shared/actor.js";
import type { MyOrganization } from "./organization.js";
import { requireRole } from "./organization-access.js";
import type { OrganizationRepository } from "./ports.js";

/** An organisation the caller is a member of, with their role. Raises: organization.not_found. */
export class GetOrganization {
  constructor(private readonly organizations: OrganizationRepository) {}

  async execute(actor: Actor, organizationId: string): Promise<MyOrganization> {
    const { organization, membership } = await requireRole(this.organizations, actor, organizationId, "member");
    return { ...organization, role: membership.role };
  }
}
