import type { Knex } from "knex";

/**
 * The `audit_event` table (docs/security/audit-log.md). No foreign keys: an event outlives its actor and target, and keeps the
 * actor's e-mail as it was. Indexes serve the newest-first list and each filter; the trigram index serves the
 * actor e-mail search (pg_trgm is created by the search migration before this one). `occurred_at` keeps milliseconds,
 * as the app's clock does, so the export can resume after the last row it read.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable("audit_event", (table) => {
    table.uuid("id").primary().defaultTo(knex.raw("gen_random_uuid()"));
    table.timestamp("occurred_at", { useTz: true, precision: 3 }).notNullable().defaultTo(knex.fn.now());
    table.uuid("actor_id").nullable();
    table.text("actor_email").nullable();
    table.string("action", 64).notNullable();
    table.string("target_type", 32).nullable();
    table.uuid("target_id").nullable();
    table.string("outcome", 16).notNullable();
    table.string("ip_address", 255).nullable();
    table.text("user_agent").nullable();
    table.jsonb("details").notNullable().defaultTo("{}");
  });
  await knex.raw("CREATE INDEX ix_audit_event_occurred_at ON audit_event (occurred_at DESC, id DESC)");
  await knex.raw("CREATE INDEX ix_audit_event_action ON audit_event (action, occurred_at DESC)");
  await knex.raw("CREATE INDEX ix_audit_event_actor_id ON audit_event (actor_id, occurred_at DESC)");
  await knex.raw("CREATE INDEX ix_audit_event_target_id ON audit_event (target_id, occurred_at DESC)");
  await knex.raw("CREATE INDEX ix_audit_event_actor_email_trgm ON audit_event USING gin (actor_email gin_trgm_ops)");
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable("audit_event");
}
