import type { Actor } from "../shared/actor.js";

/** The languages the app speaks (its screens and its e-mails), English being the default. */
export const LOCALES = ["en", "de"] as const;

export type Locale = (typeof LOCALES)[number];

/** Where each user's chosen language is kept; none chosen reads as null (the browser's language then applies). */
export interface LocaleRepository {
  localeOf(userId: string): Promise<Locale | null>;
  setLocale(userId: string, locale: Locale | null): Promise<void>;
}

/** The caller's chosen language, or null. Raises nothing. */
export class ReadMyLocale {
  constructor(private readonly locales: LocaleRepository) {}

  execute(actor: Actor): Promise<Locale | null> {
    return this.locales.localeOf(actor.id);
  }
}

/** Keeps the caller's language (null forgets the choice); answers what is now kept. */
export class ChooseMyLocale {
  constructor(private readonly locales: LocaleRepository) {}

  async execute(actor: Actor, locale: Locale | null): Promise<Locale | null> {
    await this.locales.setLocale(actor.id, locale);
    return this.locales.localeOf(actor.id);
  }
}
