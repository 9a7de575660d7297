import type { Knex } from "knex";

/** The `user` table (docs/data/models.md), with the unique e-mail index and the index the users listing sorts on. */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable("user", (table) => {
    table.uuid("id").primary().defaultTo(knex.raw("gen_random_uuid()"));
    table.string("email", 255).notNullable();
    table.boolean("is_active").notNullable();
    table.boolean("is_superuser").notNullable();
    table.string("full_name", 255).nullable();
    table.specificType("hashed_password", "varchar").notNullable();
    table.timestamp("created_at", { useTz: true }).nullable().defaultTo(knex.fn.now());
    table.unique(["email"], { indexName: "ix_user_email", useConstraint: false });
    table.index(["created_at"], "ix_user_created_at");
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable("user");
}
