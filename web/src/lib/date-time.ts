/** A moment as people read it, to the second, in the browser's locale and time zone: "Nov 30, 2026, 2:03:12 PM". */
export const formatDateTime = (iso: string, locale?: string): string =>
  new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "medium" }).format(new Date(iso));
