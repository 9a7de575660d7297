import type { Page, Paged } from "../shared/page.js";
import type { Item, ItemPatch, NewItem } from "./item.js";

/** Stores items; lists are ordered newest first. */
export interface ItemRepository {
  findById(id: string): Promise<Item | null>;
  add(item: NewItem): Promise<Item>;
  /** Applies the patch and returns the new state, or null when the item no longer exists. */
  update(id: string, patch: ItemPatch): Promise<Item | null>;
  /** False when there was no such item. */
  remove(id: string): Promise<boolean>;
  list(page: Page): Promise<Paged<Item>>;
  listByOwner(ownerId: string, page: Page): Promise<Paged<Item>>;
}
