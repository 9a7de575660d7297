import type { Item, ItemPatch } from "../../../core/items/item.js";
import type { ItemListQuery, ItemSort } from "../../../core/items/item-list-query.js";
import type { Paged } from "../../../core/shared/page.js";
import type { SortOrder } from "../list-queries.js";
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

/** A partial change to an item; only the keys sent are changed. */
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

/** The field the item list is sorted by. */
export type ItemSortBy = "created_at" | "title";

export function itemPublic(item: Item): ItemPublic {
  const { title, description, id, ownerId, createdAt, ...unnamed } = item;
  nothingLeft(unnamed);
  return { title, description, id, owner_id: ownerId, created_at: createdAt };
}

export const itemsPublic = (page: Paged<Item>): ItemsPublic => ({
  data: page.data.map(itemPublic),
  count: page.count,
});

export const itemInput = (body: ItemCreate) => ({
  title: body.title,
  description: body.description ?? null,
});

export const itemPatch = (body: ItemUpdate): ItemPatch =>
  present<ItemPatch>({
    title: body.title,
    description: body.description,
  });

const sorts: Record<ItemSortBy, ItemSort> = { created_at: "createdAt", title: "title" };

/** The list parameters as they arrive in the query string, as the use case takes them. */
export const itemListQuery = (parameters: {
  readonly q: string | undefined;
  readonly sort: ItemSortBy;
  readonly order: SortOrder;
  readonly owner_id: UUID | undefined;
}): ItemListQuery => ({
  search: parameters.q ?? null,
  sort: sorts[parameters.sort],
  order: parameters.order,
  filters: parameters.owner_id === undefined ? {} : { ownerId: parameters.owner_id },
});
