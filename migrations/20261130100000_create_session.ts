import type { Knex } from "knex";

/** The `session` table (docs/security/sessions.md): deleted with its user, secrets stored as unique hashes only. */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable("session", (table) => {
    table.uuid("id").primary().defaultTo(knex.raw("gen_random_uuid()"));
    table.uuid("user_id").notNullable().references("id").inTable("user").onDelete("CASCADE");
    table.timestamp("created_at", { useTz: true }).notNullable().defaultTo(knex.fn.now());
    table.timestamp("last_used_at", { useTz: true }).notNullable();
    table.timestamp("expires_at", { useTz: true }).notNullable();
    table.string("user_agent", 255).nullable();
    table.string("ip_address", 255).nullable();
    table.timestamp("revoked_at", { useTz: true }).nullable();
    table.string("refresh_token_hash", 64).nullable();
    table.string("cookie_token_hash", 64).nullable();
    table.unique(["refresh_token_hash"], { indexName: "ix_session_refresh_token_hash", useConstraint: false });
    table.unique(["cookie_token_hash"], { indexName: "ix_session_cookie_token_hash", useConstraint: false });
    // A user's sessions, most recently used first (the Sessions tab), and revoke-all by user.
    table.index(["user_id", "last_used_at"], "ix_session_user_id_last_used_at");
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable("session");
}
