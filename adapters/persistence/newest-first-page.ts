import type { Model, QueryBuilder } from "objection";
import type { Page } from "../../core/shared/page.js";

/** One page of `query`, newest first, and the number of rows the query matches before paging. */
export async function newestFirstPage<M extends Model>(
  query: QueryBuilder<M, M[]>,
  page: Page,
): Promise<{ rows: M[]; count: number }> {
  // created_at has millisecond resolution on PGlite, so rows can tie; the id makes every page deterministic.
  const rows = query
    .clone()
    .orderBy([
      { column: "created_at", order: "desc" },
      { column: "id", order: "desc" },
    ])
    .offset(page.skip)
    .limit(page.limit);
  const [data, count] = await Promise.all([rows, query.clone().resultSize()]);
  return { rows: data, count };
}
