import type { Knex } from "knex";

/** Accounts at identity providers linked to users: one user per (provider, subject), deleted with the user. */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable("user_identity", (table) => {
    table.uuid("id").primary().defaultTo(knex.raw("gen_random_uuid()"));
    table.uuid("user_id").notNullable().references("id").inTable("user").onDelete("CASCADE");
    table.string("provider", 64).notNullable();
    table.string("subject", 255).notNullable();
    table.string("email", 255).nullable();
    table.timestamp("created_at", { useTz: true }).notNullable().defaultTo(knex.fn.now());
    table.unique(["provider", "subject"], { indexName: "ix_user_identity_provider_subject", useConstraint: false });
    table.index(["user_id", "created_at"], "ix_user_identity_user_id_created_at");
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable("user_identity");
}
