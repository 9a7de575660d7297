import type { Actor } from "../shared/actor.js";
import type { Page, Paged } from "../shared/page.js";
import type { AuditEvent } from "./audit-event.js";
import type { AuditLog } from "./ports.js";

/** The caller's own security activity: `auth.*` events where they are the actor or the target. Raises nothing. */
export class ListMyAuditEvents {
  constructor(private readonly log: AuditLog) {}

  execute(actor: Actor, page: Page): Promise<Paged<AuditEvent>> {
    return this.log.list(page, { actionPrefix: "auth.", involving: actor.id });
  }
}
