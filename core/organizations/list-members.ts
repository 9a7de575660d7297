import type { Actor } from "../shared/actor.js";
import type { Page, Paged } from "../shared/page.js";
import type { Member } from "./organization.js";
import { requireRole } from "./organization-access.js";
import type { OrganizationRepository } from "./ports.js";

/** An organisation's members, for any of its members. Raises: organization.not_found. */
export class ListMembers {
  constructor(private readonly organizations: OrganizationRepository) {}

  async execute(actor: Actor, organizationId: string, page: Page): Promise<Paged<Member>> {
    const { organization } = await requireRole(this.organizations, actor, organizationId, "member");
    return this.organizations.listMembers(organization.id, page);
  }
}
