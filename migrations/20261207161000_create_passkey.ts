import type { Knex } from "knex";

/**
 * `passkey`: a user's WebAuthn credentials (public keys only), deleted with the user. `passkey_challenge`: the
 * challenges issued for registering or proving a passkey, kept in the database so every replica can check an
 * answer; each is deleted when it is answered, and expired ones are swept when new ones are issued.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable("passkey", (table) => {
    table.uuid("id").primary().defaultTo(knex.raw("gen_random_uuid()"));
    table.uuid("user_id").notNullable().references("id").inTable("user").onDelete("CASCADE");
    table.string("name", 100).notNullable();
    table.string("credential_id", 1366).notNullable();
    table.text("public_key").notNullable();
    table.bigInteger("counter").notNullable().defaultTo(0);
    table.specificType("transports", "text[]").notNullable().defaultTo("{}");
    table.timestamp("created_at", { useTz: true }).notNullable().defaultTo(knex.fn.now());
    table.timestamp("last_used_at", { useTz: true }).nullable();
    table.unique(["credential_id"], { indexName: "ix_passkey_credential_id", useConstraint: false });
    table.index(["user_id", "created_at"], "ix_passkey_user_id_created_at");
  });
  await knex.schema.createTable("passkey_challenge", (table) => {
    table.uuid("id").primary().defaultTo(knex.raw("gen_random_uuid()"));
    table.string("challenge", 128).notNullable();
    table.string("ceremony", 16).notNullable();
    table.uuid("user_id").nullable().references("id").inTable("user").onDelete("CASCADE");
    table.timestamp("expires_at", { useTz: true }).notNullable();
    table.unique(["challenge"], { indexName: "ix_passkey_challenge_challenge", useConstraint: false });
    table.index(["expires_at"], "ix_passkey_challenge_expires_at");
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable("passkey_challenge");
  await knex.schema.dropTable("passkey");
}
