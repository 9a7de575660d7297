import type { Item, ItemPatch } from "../../../core/items/item.js";
import type { Paged } from "../../../core/shared/page.js";
import { nothingLeft, present, type UUID } from "../shared-shapes.js";

/** A new item. */
export interface ItemCreate {
  /**
   * @minLength 1
   * @maxLength 255
   */
  title: string;
  /** @maxLength 255 */
  description?: string | null;
}

/** A partial change to an item (PUT with partial semantics, like the reference). */
export interface ItemUpdate {
  /**
   * @minLength 1
   * @maxLength 255
   */
  title?: string;
  /** @maxLength 255 */
  description?: string | null;
}

/** An item as the API shows it. */
export interface ItemPublic {
  title: string;
  description: string | null;
  id: UUID;
  owner_id: UUID;
  created_at: Date | null;
}

/** One page of items and the number of all matching items. */
export interface ItemsPublic {
  data: ItemPublic[];
  count: number;
}

export function itemPublic(item: Item): ItemPublic {
  const { title, description, id, ownerId, createdAt, ...unnamed } = item;
  nothingLeft(unnamed);
  return { title, description, id, owner_id: ownerId, created_at: createdAt };
}

export const itemsPublic = (page: Paged<Item>): ItemsPublic => ({ data: page.data.map(itemPublic), count: page.count });

export const itemPatch = (body: ItemUpdate): ItemPatch =>
  present<ItemPatch>({ title: body.title, description: body.description });
