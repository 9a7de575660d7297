import type { Model, QueryBuilder } from "objection";
import type { ListQuery } from "../../core/shared/list-query.js";
import type { Page } from "../../core/shared/page.js";

/** How one table answers a list query: the columns `search` looks in and the column of each sort key. */
export interface ListColumns<Sort extends string> {
  readonly searched: readonly string[];
  readonly sortColumn: Readonly<Record<Sort, string>>;
}

/** An ILIKE pattern matching `text` anywhere, its `%`, `_` and `\` taken literally (`\` is ILIKE's escape). */
export const containsPattern = (text: string): string => `%${text.replace(/[\\%_]/g, "\\$&")}%`;

/**
 * One page of `query` (its filters already applied) narrowed by the search, in the asked order, and the number of
 * rows that match before paging. Ties are ordered by id in the same direction, so every page is deterministic.
 */
export async function listPage<M extends Model, Sort extends string>(
  query: QueryBuilder<M, M[]>,
  page: Page,
  list: ListQuery<Sort, object>,
  columns: ListColumns<Sort>,
): Promise<{ rows: M[]; count: number }> {
  const { search } = list;
  // PostgreSQL text cannot hold NUL, so no row matches such a search; asking would only raise a driver error.
  if (search?.includes("\u0000")) return { rows: [], count: 0 };
  const matching =
    search === null
      ? query
      : query.where((where) => {
          for (const column of columns.searched) where.orWhere(column, "ilike", containsPattern(search));
        });
  const rows = matching
    .clone()
    .orderBy([
      { column: columns.sortColumn[list.sort], order: list.order },
      { column: "id", order: list.order },
    ])
    .offset(page.skip)
    .limit(page.limit);
  const [data, count] = await Promise.all([rows, matching.clone().resultSize()]);
  return { rows: data, count };
}
