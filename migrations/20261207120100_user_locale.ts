import type { Knex } from "knex";

/** The language a user chose for the app and its e-mails; null = none chosen (the browser's language applies). */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable("user", (table) => {
    table.string("locale", 16).nullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable("user", (table) => {
    table.dropColumn("locale");
  });
}
