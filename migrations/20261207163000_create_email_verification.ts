import type { Knex } from "knex";

/**
 * The `email_verification` table (docs/security/email-verification.md): at most one pending link per user, deleted
 * with the user; only the SHA-256 digest of the link's token is stored, with the address it was sent to.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable("email_verification", (table) => {
    table.uuid("user_id").primary().references("id").inTable("user").onDelete("CASCADE");
    table.string("email", 255).notNullable();
    table.string("token_hash", 64).notNullable();
    table.timestamp("expires_at", { useTz: true }).notNullable();
    table.timestamp("created_at", { useTz: true }).notNullable().defaultTo(knex.fn.now());
    table.unique(["token_hash"], { indexName: "ix_email_verification_token_hash", useConstraint: false });
    table.index(["expires_at"], "ix_email_verification_expires_at");
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable("email_verification");
}
