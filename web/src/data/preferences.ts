import { isLocale, type Locale, setLocale } from "../i18n/index.js";

/** The user chose a language: the app speaks it at once and remembers it in this browser. */
export const chooseLocale = (language: Locale): void => {
  if (isLocale(language)) setLocale(language);
};
