import { type AuditTrail, partyOf, recordedChange } from "../audit/audit-trail.js";
import type { Actor } from "../shared/actor.js";
import { ANONYMOUS_CONTEXT, type RequestContext } from "../shared/request-context.js";
import { findManageableItem } from "./find-manageable-item.js";
import { ItemErrors } from "./item-errors.js";
import type { ItemRepository } from "./ports.js";

/** Deletes an item its caller may manage; a superuser deleting someone else's is recorded (`item.deleted_by_admin`). Raises: item.not_found, item.forbidden. */
export class DeleteItem {
  constructor(
    private readonly items: ItemRepository,
    private readonly trail: AuditTrail,
  ) {}

  async execute(actor: Actor, id: string, context: RequestContext = ANONYMOUS_CONTEXT): Promise<void> {
    const item = await findManageableItem(this.items, actor, id);
    const byAdmin = item.ownerId !== actor.id;
    const removed = await recordedChange(
      this.trail,
      context,
      ({ items }) => items.remove(id),
      async (done, { users }) =>
        done && byAdmin
          ? {
              action: "item.deleted_by_admin",
              actor: await partyOf(users, actor.id),
              target: { type: "item", id },
              details: { owner_id: item.ownerId },
            }
          : null,
    );
    if (!removed) throw ItemErrors.notFound();
  }
}
