import { useSearchParams } from "@solidjs/router";
import { createMemo } from "solid-js";
import { numberOf, parseView, serializeView, type ViewFields, wholeNumber } from "./view-fields.js";

/** What a list shows: 1-based page and page size (a resource's view adds its search, sort and filters). */
export type ListView = { page: number; size: number };

/** Reads and changes a list's view. */
export type ListViewState<V extends ListView> = {
  readonly view: V;
  update: (changes: Partial<V>, options?: { replace?: boolean }) => void;
};

export const PAGE_SIZES = [5, 10, 25, 50] as const;
export const DEFAULT_PAGE_SIZE = 10;

/** The paging fields every list view has; pages beyond the API's largest `skip` read as page 1. */
export const pageFields: ViewFields<ListView> = {
  page: wholeNumber(1, 1_000_000_000, 1),
  size: numberOf(PAGE_SIZES, DEFAULT_PAGE_SIZE),
};

/**
 * The view after `changes`, or undefined when nothing changes. Any change other than the page (a new search, sort,
 * filter or page size) goes back to page 1, since the old page number means nothing in the new list.
 */
export const nextView = <V extends ListView>(view: V, changes: Partial<V>): V | undefined => {
  const changed = (Object.keys(changes) as (keyof V)[]).filter((key) => changes[key] !== view[key]);
  if (changed.length === 0) return undefined;
  const next = { ...view, ...changes };
  return changed.every((key) => key === "page") ? next : { ...next, page: changes.page ?? 1 };
};

/**
 * A list view kept in the URL's query string (defaults left out), so reloading, sharing the link and going back or
 * forward all restore it. Each change is a new history entry.
 */
export const createUrlListView = <V extends ListView>(fields: ViewFields<V>): ListViewState<V> => {
  const [params, setParams] = useSearchParams();
  const view = createMemo(() => parseView(fields, params));
  return {
    get view() {
      return view();
    },
    update: (changes, options) => {
      const next = nextView(view(), changes);
      if (next) setParams(serializeView(fields, next), options);
    },
  };
};
