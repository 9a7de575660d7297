import type { Locale, LocaleRepository } from "../../core/users/locale.js";

/** Each user's chosen language, in a map (for use-case tests). */
export class InMemoryLocaleRepository implements LocaleRepository {
  private readonly chosen = new Map<string, Locale>();

  async localeOf(userId: string): Promise<Locale | null> {
    return this.chosen.get(userId) ?? null;
  }

  async setLocale(userId: string, locale: Locale | null): Promise<void> {
    if (locale === null) this.chosen.delete(userId);
    else this.chosen.set(userId, locale);
  }
}
