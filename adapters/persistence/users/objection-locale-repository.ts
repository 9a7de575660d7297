import type { Knex } from "knex";
import { LOCALES, type Locale, type LocaleRepository } from "../../../core/users/locale.js";
import { isUuid } from "../is-uuid.js";

const known = (value: unknown): Locale | null => LOCALES.find((locale) => locale === value) ?? null;

/** Each user's chosen language, in the `locale` column of their `user` row. */
export class ObjectionLocaleRepository implements LocaleRepository {
  constructor(private readonly knex: Knex) {}

  async localeOf(userId: string): Promise<Locale | null> {
    if (!isUuid(userId)) return null;
    const row = await this.knex("user").where({ id: userId }).first<{ locale: string | null } | undefined>("locale");
    return known(row?.locale);
  }

  /** The language of the account at `email` (the mailer's question: e-mails go out in it). */
  async localeOfAddress(email: string): Promise<Locale | null> {
    if (email.includes("\u0000")) return null;
    const row = await this.knex("user").where({ email }).first<{ locale: string | null } | undefined>("locale");
    return known(row?.locale);
  }

  async setLocale(userId: string, locale: Locale | null): Promise<void> {
    if (!isUuid(userId)) return;
    await this.knex("user").where({ id: userId }).update({ locale });
  }
}
