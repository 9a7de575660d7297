import { flatten, resolveTemplate, translator } from "@solid-primitives/i18n";
import { createSignal } from "solid-js";
import { en, type Messages } from "./en.js";

type Catalogue = ReturnType<typeof flatten<Messages>>;

/**
 * Every language the app speaks, with its own name for the picker and its catalogue. English ships with the page;
 * another language is fetched as its own chunk when someone chooses it, so no visitor downloads texts they never read.
 */
const LANGUAGES = {
  en: { name: "English", messages: async (): Promise<Messages> => en },
  de: { name: "Deutsch", messages: async (): Promise<Messages> => (await import("./de.js")).de },
};

/** A language the app speaks. */
export type Locale = keyof typeof LANGUAGES;

/** Every language the app speaks, English (the default) first. */
export const LOCALES = Object.keys(LANGUAGES) as Locale[];

const STORAGE_KEY = "aygentic-locale";

export const isLocale = (value: unknown): value is Locale => typeof value === "string" && value in LANGUAGES;

/** The first of the browser's preferred languages the app speaks (`de-AT` counts as `de`), else English. */
export const browserLocale = (languages: readonly string[]): Locale =>
  languages.map((language) => language.toLowerCase().split("-")[0]).find(isLocale) ?? "en";

const english: Catalogue = flatten(en);
const [catalogues, setCatalogues] = createSignal<Partial<Record<Locale, Catalogue>>>({ en: english });
const [locale, setCurrentLocale] = createSignal<Locale>("en");

/** Reactive: the language the app speaks now (English until another language's texts have arrived). */
export { locale };

const speak = async (next: Locale): Promise<void> => {
  if (!catalogues()[next]) {
    const loaded = flatten(await LANGUAGES[next].messages());
    setCatalogues((current) => ({ ...current, [next]: loaded }));
  }
  document.documentElement.lang = next;
  setCurrentLocale(next);
};

/** Speaks `next` from now on, in this browser, once its texts are here (the user's choice is also kept on the server). */
export const setLocale = (next: Locale): Promise<void> => {
  localStorage.setItem(STORAGE_KEY, next);
  return speak(next);
};

const stored = localStorage.getItem(STORAGE_KEY);
/** Resolves when the language this browser asked for (stored, else the browser's) can be spoken. */
export const localeReady: Promise<void> = speak(
  isLocale(stored) ? stored : browserLocale(navigator.languages ?? [navigator.language]),
);

/** The message `key` in the current language, `{{ name }}` placeholders filled from `values`; reactive. */
export const t = translator(() => catalogues()[locale()] ?? english, resolveTemplate);

/** A language's own name, for the language picker. */
export const localeName = (value: Locale): string => LANGUAGES[value].name;
