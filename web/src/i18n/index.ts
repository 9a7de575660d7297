import { flatten, resolveTemplate, translator } from "@solid-primitives/i18n";
import { createSignal } from "solid-js";
import { de } from "./de.js";
import { en, type Messages } from "./en.js";

const catalogues = { en: flatten(en as Messages), de: flatten(de) };

/** A language the app speaks. */
export type Locale = keyof typeof catalogues;

/** Every language the app speaks, English (the default) first. */
export const LOCALES = Object.keys(catalogues) as Locale[];

const STORAGE_KEY = "aygentic-locale";

export const isLocale = (value: unknown): value is Locale => typeof value === "string" && value in catalogues;

/** The first of the browser's preferred languages the app speaks (`de-AT` counts as `de`), else English. */
export const browserLocale = (languages: readonly string[]): Locale =>
  languages.map((language) => language.toLowerCase().split("-")[0]).find(isLocale) ?? "en";

const stored = localStorage.getItem(STORAGE_KEY);
const [locale, setCurrentLocale] = createSignal<Locale>(
  isLocale(stored) ? stored : browserLocale(navigator.languages ?? [navigator.language]),
);
document.documentElement.lang = locale();

/** Reactive: the language the app speaks now. */
export { locale };

/** Speaks `next` from now on, in this browser (the user's own choice is also kept on the server, see settings). */
export const setLocale = (next: Locale): void => {
  localStorage.setItem(STORAGE_KEY, next);
  document.documentElement.lang = next;
  setCurrentLocale(next);
};

/** The message `key` in the current language, `{{ name }}` placeholders filled from `values`; reactive. */
export const t = translator(() => catalogues[locale()], resolveTemplate);

/** A language's own name, for the language picker. */
export const localeName = (value: Locale): string => catalogues[value]["language.name"];
