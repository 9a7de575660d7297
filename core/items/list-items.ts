import { type Actor, insufficientPrivileges } from "../shared/actor.js";
import type { Page, Paged } from "../shared/page.js";
import type { Item } from "./item.js";
import { type ItemListQuery, NEWEST_ITEMS_FIRST } from "./item-list-query.js";
import type { ItemRepository } from "./ports.js";

/** Lists the items matching the query: a superuser's from everyone, anyone else's from their own. Raises: auth.insufficient_privileges. */
export class ListItems {
  constructor(private readonly items: ItemRepository) {}

  async execute(actor: Actor, page: Page, query: ItemListQuery = NEWEST_ITEMS_FIRST): Promise<Paged<Item>> {
    if (actor.isSuperuser) return this.items.list(page, query);
    // Choosing an owner is a superuser's filter; refusing it (rather than ignoring it) tells a client its view is not what it asked for.
    if (query.filters.ownerId !== undefined) throw insufficientPrivileges();
    return this.items.list(page, { ...query, filters: { ownerId: actor.id } });
  }
}
