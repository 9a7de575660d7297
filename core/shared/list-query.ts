/** Which way a sorted list runs. */
export type SortOrder = "asc" | "desc";

/**
 * How to narrow and order a list. `search` is a case-insensitive substring (its `%`, `_` and `\` are plain
 * characters) of the fields each list names, null for no search; `filters` keep only rows with those values;
 * rows that tie on `sort` are ordered by id in the same `order`, so pages are stable.
 */
export interface ListQuery<Sort extends string, Filters extends object> {
  readonly search: string | null;
  readonly sort: Sort;
  readonly order: SortOrder;
  readonly filters: Filters;
}
