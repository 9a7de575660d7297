import type { Knex } from "knex";

// The sort key of adapters/persistence/readable-order.ts, written out: a migration must not change when code does,
// and readable-order.test.ts checks that the lists' ORDER BY still matches these indexes.
const key = (column: string) => `lower(regexp_replace(normalize("${column}", NFD), '[\\u0300-\\u036f]', '', 'g'))`;

const indexes = [
  ["ix_item_title_readable", "item", `${key("title")}, id`],
  ["ix_item_owner_id_title_readable", "item", `owner_id, ${key("title")}, id`],
  ["ix_user_email_readable", "user", `${key("email")}, id`],
  ["ix_user_full_name_readable", "user", `${key("full_name")}, id`],
] as const;

/** Indexes that serve the lists sorted by title, e-mail or full name as people read them (case and accents aside). */
export async function up(knex: Knex): Promise<void> {
  for (const [name, table, columns] of indexes) await knex.raw(`CREATE INDEX ?? ON ?? (${columns})`, [name, table]);
}

export async function down(knex: Knex): Promise<void> {
  for (const [name] of indexes) await knex.raw("DROP INDEX IF EXISTS ??", [name]);
}
