import type { Actor } from "../shared/actor.js";
import type { Page, Paged } from "../shared/page.js";
import type { Item } from "./item.js";
import type { ItemRepository } from "./ports.js";

/** Lists the caller's items, newest first; a superuser sees everyone's. Raises nothing. */
export class ListItems {
  constructor(private readonly items: ItemRepository) {}

  execute(actor: Actor, page: Page): Promise<Paged<Item>> {
    return actor.isSuperuser ? this.items.list(page) : this.items.listByOwner(actor.id, page);
  }
}
