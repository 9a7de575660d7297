import type { Knex } from "knex";

/** The organisation an audit event happened in (null for events outside any), so its admins can read its log. */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable("audit_event", (table) => {
    table.uuid("organization_id").nullable();
    table.index(["organization_id", "occurred_at"], "ix_audit_event_organization_id_occurred_at");
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable("audit_event", (table) => {
    table.dropIndex(["organization_id", "occurred_at"], "ix_audit_event_organization_id_occurred_at");
    table.dropColumn("organization_id");
  });
}
