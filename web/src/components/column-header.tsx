import ArrowDown from "lucide-solid/icons/arrow-down";
import ArrowUp from "lucide-solid/icons/arrow-up";
import ArrowUpDown from "lucide-solid/icons/arrow-up-down";
import { Match, Show, Switch } from "solid-js";
import type { Sorting } from "../data/search-fields.js";

type ColumnHeaderProps = {
  header: string;
  srOnly?: boolean;
  class?: string;
  /** The column's sort key, when it sorts. */
  sort?: string;
  sorting?: Sorting;
};

const ariaSort = (props: ColumnHeaderProps) => {
  if (!props.sort || !props.sorting) return undefined;
  if (props.sorting.sort !== props.sort) return "none";
  return props.sorting.order === "asc" ? "ascending" : "descending";
};

/** A header cell; a sorting column's header is a button, and the cell says how the column is sorted. */
export const ColumnHeader = (props: ColumnHeaderProps) => (
  <th scope="col" class={`h-11 px-4 font-medium ${props.class ?? ""}`} aria-sort={ariaSort(props)}>
    <Show
      when={props.sort ? props.sorting : undefined}
      fallback={<span class={props.srOnly ? "sr-only" : undefined}>{props.header}</span>}
    >
      {(sorting) => (
        <button
          type="button"
          class="-mx-2 inline-flex cursor-pointer items-center gap-1 rounded-md px-2 py-1 uppercase hover:bg-accent hover:text-foreground focus-visible:outline-2 focus-visible:outline-ring"
          onClick={() => sorting().onSort(props.sort ?? "")}
        >
          {props.header}
          <Switch fallback={<ArrowUpDown class="size-3.5 opacity-50" aria-hidden="true" />}>
            <Match when={ariaSort(props) === "ascending"}>
              <ArrowUp class="size-3.5" aria-hidden="true" />
            </Match>
            <Match when={ariaSort(props) === "descending"}>
              <ArrowDown class="size-3.5" aria-hidden="true" />
            </Match>
          </Switch>
        </button>
      )}
    </Show>
  </th>
);
