import { createMutation, queryOptions, useQueryClient } from "@tanstack/solid-query";
import { t } from "../i18n/index.js";
import { showSuccess } from "../lib/toast.js";
import type { ItemPublic } from "../lib/types.js";
import { api } from "./api.js";
import { type ListView, pageFields } from "./list-view.js";
import type { ParamsOf } from "./paged-query.js";
import { queryKeys } from "./query-keys.js";
import { type SortOrder, searchFields } from "./search-fields.js";
import { oneOf, type ViewFields } from "./view-fields.js";

export type ItemSort = "created_at" | "title";

/** What the items list shows: `/items?q=…&sort=title&order=asc&page=2&size=25`. */
export type ItemsView = ListView & { q: string; sort: ItemSort; order: SortOrder };

export const itemsViewFields: ViewFields<ItemsView> = {
  ...searchFields(oneOf<ItemSort>(["created_at", "title"], "created_at")),
  ...pageFields,
};

/** One page of the caller's items (everyone's for a superuser); a blank search is no search. */
export const itemsQuery = ({ q, ...params }: ParamsOf<ItemsView>) => {
  const query = { ...params, q: q || undefined };
  return queryOptions({ queryKey: queryKeys.items.list(query), queryFn: () => api.readItems(query) });
};

/** An item's editable fields as the form holds them (text, as the inputs do). */
export type ItemFields = { title: string; description: string };

/** The request body of the form's fields. */
export const itemBody = (fields: ItemFields) => ({
  title: fields.title,
  description: fields.description || null,
});

/** Adds an item, or changes `item` when given; refreshes the items lists. */
export const useSaveItem = (item: () => ItemPublic | undefined) => {
  const client = useQueryClient();
  return createMutation(() => ({
    mutationFn: (fields: ItemFields) => {
      const body = itemBody(fields);
      const existing = item();
      return existing ? api.updateItem({ id: existing.id, ...body }) : api.createItem(body);
    },
    onSuccess: () => showSuccess(item() ? t("items.updated") : t("items.created")),
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.items.all }),
  }));
};

/** Deletes an item; refreshes the items lists. */
export const useDeleteItem = () => {
  const client = useQueryClient();
  return createMutation(() => ({
    mutationFn: (item: ItemPublic) => api.deleteItem({ id: item.id }),
    onSuccess: () => showSuccess(t("items.deleted")),
    onSettled: () => client.invalidateQueries({ queryKey: queryKeys.items.all }),
  }));
};
