import { type Actor, requireSuperuser } from "../shared/actor.js";
import type { Page, Paged } from "../shared/page.js";
import type { AuditEvent } from "./audit-event.js";
import type { AuditFilters, AuditLog } from "./ports.js";

/** The audit log for an administrator, newest first. Raises: auth.insufficient_privileges. */
export class ListAuditEvents {
  constructor(private readonly log: AuditLog) {}

  async execute(actor: Actor, page: Page, filters: AuditFilters): Promise<Paged<AuditEvent>> {
    requireSuperuser(actor);
    return this.log.list(page, filters);
  }
}
