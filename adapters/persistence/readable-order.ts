/**
 * A text column sorted as people read it: letters before case and accents, so `Apple crumble, banana bread, Cherry
 * pie` and `eclair` beside `Éclair`. The key is the text decomposed (NFD), its combining accents (U+0300–U+036F)
 * dropped, then lower-cased; it is compared byte by byte like every other text of the databases (C.UTF-8), so
 * PostgreSQL, PGlite and the in-memory fake (readableKey) order alike. Only built-in immutable functions: an
 * expression index on exactly this text serves the order (migration 20261207120000_readable_sort_indexes).
 */
export interface ReadableColumn {
  readonly readable: string;
}

export const readable = (column: string): ReadableColumn => ({ readable: column });

/** The SQL of the sort key of `column` (a column name of the code's, never user input). */
export const readableSortKey = (column: string): string =>
  `lower(regexp_replace(normalize("${column}", NFD), '[\\u0300-\\u036f]', '', 'g'))`;
