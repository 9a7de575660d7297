import type { ListViewState } from "../data/list-view.js";
import { type SearchableView, sortingOf } from "../data/search-fields.js";
import { type Column, DataTable } from "./data-table.js";
import { NoSearchResults } from "./no-search-results.js";
import { Pager, type PagerProps } from "./pager.js";

/** A page of a list as createPagedQuery hands it over. */
type PagedRows<T> = { rows: () => T[] | undefined; loading: () => boolean; pager: PagerProps };

type ListTableProps<T, V extends SearchableView> = {
  columns: Column<T>[];
  list: ListViewState<V>;
  paged: PagedRows<T>;
};

/** The table of a searchable list: headers sort it, the pager pages it, and a search that finds nothing says so. */
export const ListTable = <T, V extends SearchableView>(props: ListTableProps<T, V>) => (
  <DataTable
    columns={props.columns}
    rows={props.paged.rows()}
    loading={props.paged.loading()}
    footer={<Pager {...props.paged.pager} />}
    sorting={sortingOf(props.list)}
    empty={
      props.list.view.q ? (
        <NoSearchResults q={props.list.view.q} onClear={() => props.list.update({ q: "" } as Partial<V>)} />
      ) : undefined
    }
  />
);
