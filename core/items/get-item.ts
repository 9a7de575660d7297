import type { Actor } from "../shared/actor.js";
import { findManageableItem } from "./find-manageable-item.js";
import type { Item } from "./item.js";
import type { ItemRepository } from "./ports.js";

/** Reads one item its caller may manage. Raises: item.not_found, item.forbidden. */
export class GetItem {
  constructor(private readonly items: ItemRepository) {}

  execute(actor: Actor, id: string): Promise<Item> {
    return findManageableItem(this.items, actor, id);
  }
}
