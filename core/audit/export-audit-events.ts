import { type Actor, requireSuperuser } from "../shared/actor.js";
import type { AuditEvent } from "./audit-event.js";
import type { AuditFilters, AuditLog } from "./ports.js";

/** Every matching event, newest first, read as it is consumed. Raises: auth.insufficient_privileges. */
export class ExportAuditEvents {
  constructor(private readonly log: AuditLog) {}

  execute(actor: Actor, filters: AuditFilters): AsyncIterable<AuditEvent> {
    requireSuperuser(actor);
    return this.log.stream(filters);
  }
}
