import type { AuditEvent } from "../audit/audit-event.js";
import type { AuditLog } from "../audit/ports.js";
import type { Actor } from "../shared/actor.js";
import type { Page, Paged } from "../shared/page.js";
import { requireRole } from "./organization-access.js";
import type { OrganizationRepository } from "./ports.js";

/** The events that happened in an organisation, newest first, for its admins. Raises: organization.not_found, organization.forbidden. */
export class ListOrganizationAuditEvents {
  constructor(
    private readonly organizations: OrganizationRepository,
    private readonly log: AuditLog,
  ) {}

  async execute(actor: Actor, organizationId: string, page: Page): Promise<Paged<AuditEvent>> {
    const { organization } = await requireRole(this.organizations, actor, organizationId, "admin");
    return this.log.list(page, { organizationId: organization.id });
  }
}
