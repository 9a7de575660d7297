import type { Page, Paged } from "../shared/page.js";
import type { Item, ItemPatch, NewItem } from "./item.js";
import type { ItemListQuery } from "./item-list-query.js";

/** Stores items. */
export interface ItemRepository {
  findById(id: string): Promise<Item | null>;
  add(item: NewItem): Promise<Item>;
  /** Applies the patch and returns the new state, or null when the item no longer exists. */
  update(id: string, patch: ItemPatch): Promise<Item | null>;
  /** False when there was no such item. */
  remove(id: string): Promise<boolean>;
  /** The items matching `query` (default: all, newest first), a page at a time; `count` is every match. */
  list(page: Page, query?: ItemListQuery): Promise<Paged<Item>>;
}
