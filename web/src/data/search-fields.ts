import type { ListView, ListViewState } from "./list-view.js";
import { oneOf, text, type ViewField } from "./view-fields.js";

export type SortOrder = "desc" | "asc";

/** A list view that searches and sorts. */
export type SearchableView = ListView & { q: string; sort: string; order: SortOrder };

/** The sort in effect and how to change it, for a table whose columns may sort. */
export type Sorting = { sort: string; order: SortOrder; onSort: (column: string) => void };

/** The API's longest search: a longer `q` in a link reads as no search rather than a refused request. */
export const SEARCH_MAX_LENGTH = 200;

/** The search, sort and order fields of a searchable list view, given the view's own sort columns. */
export const searchFields = <S extends string>(sort: ViewField<S>) => ({
  q: text(SEARCH_MAX_LENGTH),
  sort,
  order: oneOf<SortOrder>(["desc", "asc"], "desc"),
});

/** The sort after a click on `column`'s header: the active column flips its order, another starts ascending. */
export const toggleSort = (view: { sort: string; order: SortOrder }, column: string) =>
  view.sort === column ? { order: view.order === "asc" ? "desc" : "asc" } : { sort: column, order: "asc" };

/** A list's sort for its table's headers. */
export const sortingOf = <V extends SearchableView>(list: ListViewState<V>): Sorting => ({
  get sort() {
    return list.view.sort;
  },
  get order() {
    return list.view.order;
  },
  onSort: (column) => list.update(toggleSort(list.view, column) as Partial<V>),
});
