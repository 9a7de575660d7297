import type { Knex } from "knex";

/** The `item` table (docs/data/models.md), deleted with its owner, indexed for the newest-first listings. */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable("item", (table) => {
    table.uuid("id").primary().defaultTo(knex.raw("gen_random_uuid()"));
    table.string("title", 255).notNullable();
    table.string("description", 255).nullable();
    table.uuid("owner_id").notNullable().references("id").inTable("user").onDelete("CASCADE");
    table.timestamp("created_at", { useTz: true }).nullable().defaultTo(knex.fn.now());
    // A user's items, newest first, read from the index however many items other users have.
    table.index(["owner_id", "created_at"], "ix_item_owner_id_created_at");
    table.index(["created_at"], "ix_item_created_at");
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable("item");
}
