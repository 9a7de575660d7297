import { createStore } from "solid-js/store";

/** What a list shows: 1-based page and page size (a resource's view adds its search, sort and filters). */
export type ListView = { page: number; size: number };

/** Reads and changes a list's view; today held in memory, shaped so it can live in the URL's query string. */
export type ListViewState<V extends ListView> = {
  view: V;
  update: (changes: Partial<V>) => void;
};

export const DEFAULT_PAGE_SIZE = 10;

/** A list view kept in component state, starting on page 1 of `DEFAULT_PAGE_SIZE` rows. */
export const createListView = <V extends ListView>(defaults: Omit<V, keyof ListView>): ListViewState<V> => {
  const [view, setView] = createStore({ page: 1, size: DEFAULT_PAGE_SIZE, ...defaults } as V);
  return { view, update: (changes) => setView((current) => ({ ...current, ...changes })) };
};
