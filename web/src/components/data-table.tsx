import { For, type JSX, Show } from "solid-js";
import type { Sorting } from "../data/search-fields.js";
import { t } from "../i18n/index.js";
import { ColumnHeader } from "./column-header.js";

export type Column<T> = {
  header: string;
  srOnlyHeader?: boolean;
  class?: string;
  /** The API's sort key for this column, when it sorts. */
  sort?: string;
  cell: (row: T) => JSX.Element;
};

type DataTableProps<T> = {
  columns: Column<T>[];
  rows: T[] | undefined;
  loading: boolean;
  skeletonRows?: number;
  footer?: JSX.Element;
  sorting?: Sorting;
  /** What an empty answer shows instead of `No results found.` (e.g. the search that found nothing). */
  empty?: JSX.Element;
};

const cellClass = "h-15 px-4 py-3 align-middle";

/**
 * On a narrow screen the table scrolls inside its own box (`relative`, so that visually hidden labels scroll with it
 * instead of widening the page) and its first column stays in view while the others slide under it.
 */
const pinnedFirstCell =
  "max-md:first:sticky max-md:first:left-0 max-md:first:z-[1] max-md:first:shadow-[1px_0_0_var(--border)]";
const pinnedBodyCell = `${pinnedFirstCell} max-md:first:bg-background`;
const pinnedHeaderCell = `${pinnedFirstCell} max-md:first:bg-[color-mix(in_oklab,var(--muted)_50%,var(--background))]`;

/** A bordered table with sortable headers, skeleton rows while loading and `No results found.` when empty. */
export const DataTable = <T,>(props: DataTableProps<T>) => (
  <div class="overflow-hidden rounded-lg border">
    <div class="relative overflow-x-auto">
      <table class="w-full text-sm" aria-busy={props.loading}>
        <thead class="bg-muted/50 text-left text-xs font-medium tracking-wider text-muted-foreground uppercase">
          <tr class="border-b">
            <For each={props.columns}>
              {(column) => (
                <ColumnHeader
                  header={column.header}
                  srOnly={column.srOnlyHeader}
                  class={`${pinnedHeaderCell} ${column.class ?? ""}`}
                  sort={column.sort}
                  sorting={props.sorting}
                />
              )}
            </For>
          </tr>
        </thead>
        <tbody>
          <Show
            when={!props.loading}
            fallback={
              <For each={Array.from({ length: props.skeletonRows ?? 5 })}>
                {() => (
                  <tr class="border-b last:border-b-0">
                    <For each={props.columns}>
                      {() => (
                        <td class={`${cellClass} ${pinnedBodyCell}`}>
                          <div class="h-4 w-full max-w-40 animate-pulse rounded bg-muted" />
                        </td>
                      )}
                    </For>
                  </tr>
                )}
              </For>
            }
          >
            <For
              each={props.rows}
              fallback={
                <tr>
                  <td colSpan={props.columns.length} class="h-24 text-center text-muted-foreground">
                    {props.empty ?? t("table.noResults")}
                  </td>
                </tr>
              }
            >
              {(row) => (
                <tr class="border-b transition-colors last:border-b-0 hover:bg-muted/50">
                  <For each={props.columns}>
                    {(column) => (
                      <td class={`${cellClass} ${pinnedBodyCell} ${column.class ?? ""}`}>{column.cell(row)}</td>
                    )}
                  </For>
                </tr>
              )}
            </For>
          </Show>
        </tbody>
      </table>
    </div>
    {props.footer}
  </div>
);
