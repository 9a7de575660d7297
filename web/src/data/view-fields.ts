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

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A calendar day, `YYYY-MM-DD` (as an `<input type="date">` holds it); blank is the default (no bound). */
export const calendarDay = (): ViewField<string> => ({
  fallback: "",
  parse: (raw) => {
    const match = DAY.exec(raw);
    if (!match) return undefined;
    const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
    const date = new Date(Date.UTC(year, month - 1, day));
    return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
      ? raw
      : undefined;
  },
});

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A record's id (a uuid, lower-cased); blank is the default (no filter). */
export const uuid = (): ViewField<string> => ({
  fallback: "",
  parse: (raw) => (UUID.test(raw) ? raw.toLowerCase() : undefined),
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
