import { createMutation, queryOptions, useQueryClient } from "@tanstack/solid-query";
import { showSuccess } from "../lib/toast.js";
import type { ItemPublic } from "../lib/types.js";
import { api } from "./api.js";
import type { ListView } from "./list-view.js";
import type { ParamsOf } from "./paged-query.js";
import { queryKeys } from "./query-keys.js";

/** The items list's view (search, sort and the owner filter join it with SPEC §10). */
export type ItemsView = ListView;

/** One page of the caller's items (every item for a superuser). */
export const itemsQuery = (params: ParamsOf<ItemsView>) =>
  queryOptions({ queryKey: queryKeys.items.list(params), queryFn: () => api.readItems(params) });

/** An item's editable fields as the form holds them. */
export type ItemFields = { title: string; description: string };

/** Adds an item, or changes `item` when given; refreshes the items lists. */
export const useSaveItem = (item: () => ItemPublic | undefined) => {
  const client = useQueryClient();
  return createMutation(() => ({
    mutationFn: (fields: ItemFields) => {
      const body = { title: fields.title, description: fields.description || null };
      const existing = item();
      return existing ? api.updateItem({ id: existing.id, ...body }) : api.createItem(body);
    },
    onSuccess: () => showSuccess(item() ? "Item updated successfully" : "Item created successfully"),
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.items.all }),
  }));
};

/** Deletes an item; refreshes the items lists. */
export const useDeleteItem = () => {
  const client = useQueryClient();
  return createMutation(() => ({
    mutationFn: (item: ItemPublic) => api.deleteItem({ id: item.id }),
    onSuccess: () => showSuccess("The item was deleted successfully"),
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.items.all }),
  }));
};
