import { createMutation } from "@tanstack/solid-query";
import { type Locale, setLocale } from "../i18n/index.js";
import { api } from "./api.js";

/** A signed-in user's saved language, if they chose one, becomes the app's (best effort: the page works without). */
export const adoptSavedLocale = async (): Promise<void> => {
  const { locale } = await api.readMyPreferences({}).catch(() => ({ locale: null }));
  if (locale) setLocale(locale);
};

/** The user chose a language: the app speaks it at once, and the account keeps it (for other devices and e-mails). */
export const useChooseLocale = () => {
  const save = createMutation(() => ({
    mutationFn: (locale: Locale) => api.updateMyPreferences({ locale }),
  }));
  return (locale: Locale): void => {
    setLocale(locale);
    save.mutate(locale);
  };
};
