import type { Actor } from "../shared/actor.js";
import { findManageableItem } from "./find-manageable-item.js";
import type { Item, ItemPatch } from "./item.js";
import { ItemErrors } from "./item-errors.js";
import type { ItemRepository } from "./ports.js";

/** Changes an item its caller may manage. Raises: item.not_found, item.forbidden. */
export class UpdateItem {
  constructor(private readonly items: ItemRepository) {}

  async execute(actor: Actor, id: string, patch: ItemPatch): Promise<Item> {
    await findManageableItem(this.items, actor, id);
    const updated = await this.items.update(id, patch);
    if (!updated) throw ItemErrors.notFound();
    return updated;
  }
}
