import type { Knex } from "knex";

/**
 * Second factors (docs/security/two-factor.md): a user's TOTP factor (secrets sealed with AES-256-GCM, never in the
 * clear), their recovery codes (SHA-256 digests, single use) and the challenges between a log-in's password step
 * and its second step (the token's digest only). All go with their user.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable("user_totp", (table) => {
    table.uuid("user_id").primary().references("id").inTable("user").onDelete("CASCADE");
    table.text("secret_sealed").nullable();
    table.text("pending_secret_sealed").nullable();
    table.timestamp("enabled_at", { useTz: true }).nullable();
    table.bigInteger("last_accepted_step").nullable();
    table.timestamp("created_at", { useTz: true }).notNullable().defaultTo(knex.fn.now());
  });
  await knex.schema.createTable("recovery_code", (table) => {
    table.uuid("id").primary().defaultTo(knex.raw("gen_random_uuid()"));
    table.uuid("user_id").notNullable().references("id").inTable("user").onDelete("CASCADE");
    table.string("code_hash", 64).notNullable();
    table.timestamp("created_at", { useTz: true }).notNullable().defaultTo(knex.fn.now());
    table.timestamp("used_at", { useTz: true }).nullable();
    table.unique(["user_id", "code_hash"], { indexName: "ix_recovery_code_user_id_code_hash", useConstraint: false });
  });
  await knex.schema.createTable("mfa_challenge", (table) => {
    table.uuid("id").primary().defaultTo(knex.raw("gen_random_uuid()"));
    table.uuid("user_id").notNullable().references("id").inTable("user").onDelete("CASCADE");
    table.string("transport", 16).notNullable();
    table.string("secret_hash", 64).notNullable();
    table.timestamp("created_at", { useTz: true }).notNullable();
    table.timestamp("expires_at", { useTz: true }).notNullable().index("ix_mfa_challenge_expires_at");
    table.integer("failures").notNullable().defaultTo(0);
    table.timestamp("spent_at", { useTz: true }).nullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable("mfa_challenge");
  await knex.schema.dropTable("recovery_code");
  await knex.schema.dropTable("user_totp");
}
