/**
 * How one field of a list view lives in the URL's query string: its default, and how a raw value is read back.
 * A value the field does not accept reads as the default, so a hand-edited or stale link never reaches the API as
 * a request it would refuse.
 */
export type ViewField<T> = { fallback: T; parse: (raw: string) => T | undefined };

/** The fields of a view, one per key. */
export type ViewFields<V> = { [K in keyof V]: ViewField<V[K]> };

/** One of a fixed set of strings (a sort column, an order, a filter value). */
export const oneOf = <T extends string, F extends T | undefined = T>(values: readonly T[], fallback: F) => ({
  fallback,
  parse: (raw: string): T | undefined => values.find((value) => value === raw),
});

/** A whole number from `min` to `max`. */
export const wholeNumber = (min: number, max: number, fallback: number): ViewField<number> => ({
  fallback,
  parse: (raw) => {
    const value = /^\d{1,16}$/.test(raw) ? Number(raw) : Number.NaN;
    return value >= min && value <= max ? value : undefined;
  },
});

/** One of a fixed set of numbers (a page size). */
export const numberOf = (values: readonly number[], fallback: number): ViewField<number> => ({
  fallback,
  parse: (raw) => values.find((value) => String(value) === raw),
});

/** Free text up to `maxLength` characters, trimmed; blank is the default (no search). */
export const text = (maxLength: number): ViewField<string> => ({
  fallback: "",
  parse: (raw) => {
    const value = raw.trim();
    return value.length <= maxLength ? value : undefined;
  },
});

type RawParams = Partial<Record<string, string | string[]>>;

/** Reads a view from the query string's parameters: missing or unacceptable values become the defaults. */
export const parseView = <V>(fields: ViewFields<V>, params: RawParams): V => {
  const entries = Object.entries<ViewField<unknown>>(fields).map(([key, field]) => {
    const raw = params[key];
    const value = typeof raw === "string" ? field.parse(raw) : undefined;
    return [key, value ?? field.fallback];
  });
  return Object.fromEntries(entries) as V;
};

/** The query-string parameters of a view: each default becomes undefined, so it is left out of the URL. */
export const serializeView = <V>(fields: ViewFields<V>, view: V): Record<string, string | undefined> => {
  const entries = Object.entries<ViewField<unknown>>(fields).map(([key, field]) => {
    const value = view[key as keyof V];
    return [key, value === field.fallback || value === undefined ? undefined : String(value)];
  });
  return Object.fromEntries(entries);
};
