import type { Actor } from "../shared/actor.js";
import { findManageableItem } from "./find-manageable-item.js";
import { ItemErrors } from "./item-errors.js";
import type { ItemRepository } from "./ports.js";

/** Deletes an item its caller may manage. Raises: item.not_found, item.forbidden. */
export class DeleteItem {
  constructor(private readonly items: ItemRepository) {}

  async execute(actor: Actor, itemId: string): Promise<void> {
    await findManageableItem(this.items, actor, itemId);
    if (!(await this.items.remove(itemId))) throw ItemErrors.notFound();
  }
}
