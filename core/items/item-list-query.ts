import type { ListQuery } from "../shared/list-query.js";

/** The item fields a list can be sorted by. */
export type ItemSort = "createdAt" | "title";

/** Keeps only the items of one owner when `ownerId` is set. */
export interface ItemFilters {
  readonly ownerId?: string;
}

/** A search (title or description), sort and filter of the item list. */
export type ItemListQuery = ListQuery<ItemSort, ItemFilters>;

/** The list without a search or filter: newest first. */
export const NEWEST_ITEMS_FIRST: ItemListQuery = { search: null, sort: "createdAt", order: "desc", filters: {} };
