import type { Knex } from "knex";

/**
 * Organisations, their memberships and invitations (docs/guides/organisations-and-roles.md). A membership and an
 * invitation go with their organisation; a membership goes with its user. At most one invitation per organisation
 * and address is open (neither accepted nor revoked) at a time.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable("organization", (table) => {
    table.uuid("id").primary().defaultTo(knex.raw("gen_random_uuid()"));
    table.string("name", 255).notNullable();
    table.string("slug", 255).notNullable();
    table.timestamp("created_at", { useTz: true }).nullable().defaultTo(knex.fn.now());
    table.unique(["slug"], { indexName: "ix_organization_slug", useConstraint: false });
  });
  await knex.schema.createTable("membership", (table) => {
    table.uuid("organization_id").notNullable().references("id").inTable("organization").onDelete("CASCADE");
    table.uuid("user_id").notNullable().references("id").inTable("user").onDelete("CASCADE");
    table.string("role", 16).notNullable();
    table.timestamp("created_at", { useTz: true }).nullable().defaultTo(knex.fn.now());
    table.primary(["organization_id", "user_id"], { constraintName: "pk_membership" });
    table.index(["user_id"], "ix_membership_user_id");
  });
  await knex.raw(
    `alter table membership add constraint ck_membership_role check (role in ('owner', 'admin', 'member'))`,
  );
  await knex.schema.createTable("invitation", (table) => {
    table.uuid("id").primary().defaultTo(knex.raw("gen_random_uuid()"));
    table.uuid("organization_id").notNullable().references("id").inTable("organization").onDelete("CASCADE");
    table.string("email", 255).notNullable();
    table.string("role", 16).notNullable();
    table.string("token_hash", 64).notNullable();
    table.uuid("invited_by").nullable().references("id").inTable("user").onDelete("SET NULL");
    table.timestamp("created_at", { useTz: true }).nullable().defaultTo(knex.fn.now());
    table.timestamp("expires_at", { useTz: true }).notNullable();
    table.timestamp("accepted_at", { useTz: true }).nullable();
    table.timestamp("revoked_at", { useTz: true }).nullable();
    table.unique(["token_hash"], { indexName: "ix_invitation_token_hash", useConstraint: false });
  });
  await knex.raw(
    `alter table invitation add constraint ck_invitation_role check (role in ('owner', 'admin', 'member'))`,
  );
  await knex.raw(
    "create unique index ix_invitation_open on invitation (organization_id, email) where accepted_at is null and revoked_at is null",
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable("invitation");
  await knex.schema.dropTable("membership");
  await knex.schema.dropTable("organization");
}
