import { createQuery, keepPreviousData, type QueryKey, type QueryOptions } from "@tanstack/solid-query";
import { createEffect } from "solid-js";
import type { ListView, ListViewState } from "./list-view.js";
import { settled } from "./settled.js";

/** The API's paging parameters. */
export type PageParams = { skip: number; limit: number };

/** A page of a list as the API answers it. */
export type Paged<T> = { data: T[]; count: number };

/** The API parameters of a view: its page and size become skip/limit; everything else (search, sort…) passes as is. */
export type ParamsOf<V extends ListView> = Omit<V, keyof ListView> & PageParams;

export const toParams = <V extends ListView>({ page, size, ...rest }: V): ParamsOf<V> =>
  ({ ...rest, skip: (page - 1) * size, limit: size }) as ParamsOf<V>;

/**
 * A server-paged list driven by a view: fetches the view's page (keeping the previous page on screen while the next
 * loads) and hands the table its rows and the pager its props. Nothing here suspends, so the page around the table
 * draws at once; `rows()` is undefined until the first answer. A page past the last one (a stale link, or the last row
 * of the last page deleted) is replaced by the last page.
 */
export const createPagedQuery = <V extends ListView, T, K extends QueryKey>(
  state: ListViewState<V>,
  options: (params: ParamsOf<V>) => QueryOptions<Paged<T>, Error, Paged<T>, K> & { initialData?: undefined },
  enabled: () => boolean = () => true,
) => {
  const query = createQuery(() => ({
    ...options(toParams({ ...state.view })),
    placeholderData: keepPreviousData,
    enabled: enabled(),
  }));
  const answer = () => settled(query);
  const count = () => answer()?.count ?? 0;
  const goTo = (page: number) => state.update({ page } as Partial<V>);
  createEffect(() => {
    const last = Math.max(1, Math.ceil(count() / state.view.size));
    if (answer() && !query.isPlaceholderData && state.view.page > last) {
      state.update({ page: last } as Partial<V>, { replace: true });
    }
  });
  return {
    loading: () => query.isPending,
    rows: () => answer()?.data,
    count,
    /** Props for <Pager>. */
    pager: {
      get page() {
        return state.view.page;
      },
      get pageSize() {
        return state.view.size;
      },
      get count() {
        return count();
      },
      onPage: goTo,
      onPageSize: (size: number) => state.update({ size } as Partial<V>),
    },
  };
};
