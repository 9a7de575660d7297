import { locale } from "../i18n/index.js";

/** A moment as people read it, to the second, in the app's language and the browser's time zone: "Nov 30, 2026, 2:03:12 PM". */
export const formatDateTime = (iso: string, language: string = locale()): string =>
  new Intl.DateTimeFormat(language, { dateStyle: "medium", timeStyle: "medium" }).format(new Date(iso));

/** A number as people read it in the app's language: 1,234 or 1.234. */
export const formatNumber = (value: number, language: string = locale()): string =>
  new Intl.NumberFormat(language).format(value);
