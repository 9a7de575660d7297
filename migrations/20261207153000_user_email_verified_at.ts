import type { Knex } from "knex";

/**
 * When a user proved their e-mail address. Accounts that exist already keep working as before but count as unproved,
 * except superusers: their addresses were chosen by the operator.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable("user", (table) => {
    table.timestamp("email_verified_at", { useTz: true }).nullable();
  });
  await knex("user").where({ is_superuser: true }).update({ email_verified_at: knex.fn.now() });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable("user", (table) => {
    table.dropColumn("email_verified_at");
  });
}
