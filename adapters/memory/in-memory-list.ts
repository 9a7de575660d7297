import type { ListQuery } from "../../core/shared/list-query.js";
import type { Page, Paged } from "../../core/shared/page.js";
import { detached, type StoredRow } from "./in-memory-store.js";

type Sortable = string | Date | null;

/** Where a list searches and what it sorts by, in the row's own fields. */
export interface InMemoryListSpec<T> {
  readonly searched: readonly ((row: T) => string | null)[];
  readonly sortValue: (row: T) => Sortable;
}

/**
 * PostgreSQL's ILIKE under the databases' C.UTF-8 ctype lower-cases one character at a time (`İ` → `i`, a final
 * `Σ` → `σ`); String#toLowerCase does not always, so lower each code point alone and keep its first code point.
 */
export const lowerLikePostgres = (text: string): string =>
  Array.from(text, (char) => Array.from(char.toLowerCase())[0] ?? char).join("");

// The C collation orders strings by their UTF-8 bytes; UTF-16 comparison differs for characters past U+FFFF.
const compareText = (a: string, b: string): number => Buffer.compare(Buffer.from(a), Buffer.from(b));

/**
 * The fake's twin of the databases' readable sort key (adapters/persistence/readable-order.ts): decomposed, accents
 * dropped, lower-cased as PostgreSQL does, then compared byte by byte.
 */
export const readableKey = (text: string): string =>
  lowerLikePostgres(text.normalize("NFD").replace(/[\u0300-\u036f]/g, ""));

/**
 * PostgreSQL sorts NULL as larger than any value: last when ascending, first when descending. Text sorts by its
 * readable key, as the databases' lists do.
 */
function compareValues(a: Sortable, b: Sortable): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  if (a instanceof Date && b instanceof Date) return a.getTime() - b.getTime();
  return compareText(readableKey(String(a)), readableKey(String(b)));
}

/** One page of the rows matching `query.search` (filters applied by the caller), in the query's order. */
export function listOf<T extends StoredRow>(
  rows: Iterable<T>,
  page: Page,
  query: ListQuery<string, object>,
  spec: InMemoryListSpec<T>,
): Paged<T> {
  assertWindow(page);
  const needle = query.search === null ? null : lowerLikePostgres(query.search);
  const matching = [...rows].filter(
    (row) => needle === null || spec.searched.some((field) => lowerLikePostgres(field(row) ?? "").includes(needle)),
  );
  const direction = query.order === "asc" ? 1 : -1;
  const sorted = matching.sort(
    (a, b) => direction * (compareValues(spec.sortValue(a), spec.sortValue(b)) || compareText(a.id, b.id)),
  );
  return { data: sorted.slice(page.skip, page.skip + page.limit).map(detached), count: sorted.length };
}

/** PostgreSQL refuses a negative or fractional OFFSET/LIMIT; so does the fake, rather than slicing oddly. */
function assertWindow({ skip, limit }: Page): void {
  if (!Number.isInteger(skip) || skip < 0 || !Number.isInteger(limit) || limit < 0) {
    throw new RangeError(`invalid page: skip=${skip}, limit=${limit}`);
  }
}
