import type { Knex } from "knex";
import type { ListQuery } from "../../core/shared/list-query.js";
import type { Page } from "../../core/shared/page.js";
import { type ReadableColumn, readableSortKey } from "./readable-order.js";

/**
 * How one table answers a list query: the columns `search` looks in and the column of each sort key (a text column
 * as `readable("title")`, so that it sorts as people read, not by byte).
 */
export interface ListColumns<Sort extends string> {
  readonly searched: readonly string[];
  readonly sortColumn: Readonly<Record<Sort, string | ReadableColumn>>;
}

/** An ILIKE pattern matching `text` anywhere, its `%`, `_` and `\` taken literally (`\` is ILIKE's escape). */
export const containsPattern = (text: string): string => `%${text.replace(/[\\%_]/g, "\\$&")}%`;

const TOTAL = "__total";
const SORT_KEY = "__sort_key";

/**
 * One page of `query` (its filters already applied) narrowed by the search, in the asked order, and the number of
 * rows that match before paging. Ties are ordered by id in the same direction, so every page is deterministic.
 * One statement, plain rows: the count (its own subquery, so it can stay an index-only count) left-joined with
 * the page (its own subquery, so it keeps its ordered, limited index scan); an empty page is one row of nulls.
 */
export async function listPage<Sort extends string>(
  knex: Knex,
  query: Knex.QueryBuilder,
  page: Page,
  list: ListQuery<Sort, object>,
  columns: ListColumns<Sort>,
): Promise<{ rows: Record<string, unknown>[]; count: number }> {
  const { search } = list;
  // PostgreSQL text cannot hold NUL, so no row matches such a search; asking would only raise a driver error.
  if (search?.includes("\u0000")) return { rows: [], count: 0 };
  const matching =
    search === null
      ? query
      : query.where((where) => {
          for (const column of columns.searched) where.orWhere(column, "ilike", containsPattern(search));
        });
  const sortBy = columns.sortColumn[list.sort];
  const order = [
    { column: typeof sortBy === "string" ? sortBy : SORT_KEY, order: list.order },
    { column: "id", order: list.order },
  ];
  const rows =
    typeof sortBy === "string"
      ? matching.clone().select("*").orderBy(order)
      : matching
          .clone()
          .select("*", knex.raw(`${readableSortKey(sortBy.readable)} as ${SORT_KEY}`))
          .orderByRaw(`${readableSortKey(sortBy.readable)} ${list.order}, "id" ${list.order}`);
  rows.offset(page.skip).limit(page.limit);
  const total = matching.clone().count({ count: "*" });
  const joined: Record<string, unknown>[] = await knex
    .select("page.*", `total.count as ${TOTAL}`)
    .from(total.as("total"))
    .leftJoin(rows.as("page"), knex.raw("true"))
    .orderBy(order.map(({ column, order }) => ({ column: `page.${column}`, order })));
  const count = Number(joined[0]?.[TOTAL] ?? 0);
  if (joined[0]?.id === null || joined[0]?.id === undefined) return { rows: [], count };
  for (const row of joined) {
    delete row[TOTAL];
    delete row[SORT_KEY];
  }
  return { rows: joined, count };
}
