import type { Actor } from "../shared/actor.js";
import type { Page, Paged } from "../shared/page.js";
import type { MyOrganization } from "./organization.js";
import type { OrganizationRepository } from "./ports.js";

/** The caller's organisations with their role in each, newest first. */
export class ListMyOrganizations {
  constructor(private readonly organizations: OrganizationRepository) {}

  execute(actor: Actor, page: Page): Promise<Paged<MyOrganization>> {
    return this.organizations.listOf(actor.id, page);
  }
}
