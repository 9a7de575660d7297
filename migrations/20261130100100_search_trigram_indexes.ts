import type { Knex } from "knex";

const indexes = [
  ["ix_item_title_trgm", "item", "title"],
  ["ix_item_description_trgm", "item", "description"],
  ["ix_user_email_trgm", "user", "email"],
  ["ix_user_full_name_trgm", "user", "full_name"],
] as const;

/** Trigram indexes that serve the lists' case-insensitive substring search (ILIKE '%q%'). */
export async function up(knex: Knex): Promise<void> {
  // pg_trgm is a trusted extension (PostgreSQL 13+): a database owner may create it without being a superuser.
  await knex.raw("CREATE EXTENSION IF NOT EXISTS pg_trgm");
  for (const [name, table, column] of indexes) {
    await knex.raw("CREATE INDEX ?? ON ?? USING gin (?? gin_trgm_ops)", [name, table, column]);
  }
}

/** Drops the indexes; the extension stays, as something else in the database may have created or used it. */
export async function down(knex: Knex): Promise<void> {
  for (const [name] of indexes) await knex.raw("DROP INDEX IF EXISTS ??", [name]);
}
