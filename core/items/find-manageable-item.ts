import type { Actor } from "../shared/actor.js";
import { Item } from "./item.js";
import { ItemErrors } from "./item-errors.js";
import type { ItemRepository } from "./ports.js";

/** The item, if it exists (else item.not_found) and the actor may manage it (else item.forbidden). */
export async function findManageableItem(items: ItemRepository, actor: Actor, id: string): Promise<Item> {
  const item = await items.findById(id);
  if (!item) throw ItemErrors.notFound();
  Item.assertManageableBy(item, actor);
  return item;
}
