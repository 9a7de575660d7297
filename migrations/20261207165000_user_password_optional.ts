import type { Knex } from "knex";

/** An account made through an identity provider has no password until it sets one through password recovery. */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable("user", (table) => {
    table.setNullable("hashed_password");
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex("user").whereNull("hashed_password").update({ hashed_password: "!" });
  await knex.schema.alterTable("user", (table) => {
    table.dropNullable("hashed_password");
  });
}
