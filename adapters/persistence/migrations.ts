import type { Knex } from "knex";
import * as createUser from "../../migrations/20261127100000_create_user.js";
import * as createItem from "../../migrations/20261127100100_create_item.js";
import * as createSession from "../../migrations/20261130100000_create_session.js";
import * as searchTrigramIndexes from "../../migrations/20261130100100_search_trigram_indexes.js";
import * as createAuditEvent from "../../migrations/20261130120000_create_audit_event.js";
import * as readableSortIndexes from "../../migrations/20261207120000_readable_sort_indexes.js";
import * as userLocale from "../../migrations/20261207120100_user_locale.js";
import * as userEmailVerifiedAt from "../../migrations/20261207153000_user_email_verified_at.js";
import * as createTwoFactor from "../../migrations/20261207160000_create_two_factor.js";
import * as createPasskey from "../../migrations/20261207161000_create_passkey.js";
import * as createEmailVerification from "../../migrations/20261207163000_create_email_verification.js";
import * as createOrganization from "../../migrations/20261207164000_create_organization.js";
import * as auditEventOrganization from "../../migrations/20261207164100_audit_event_organization.js";
import * as userPasswordOptional from "../../migrations/20261207165000_user_password_optional.js";
import * as createUserIdentity from "../../migrations/20261207165100_create_user_identity.js";

// Listed statically, by name without extension, so the dev run (.ts), the build (.js), the tests and the knex CLI
// record the same names in knex_migrations. A new migration file must be added here, in order.
const migrations: Record<string, Knex.Migration> = {
  "20261127100000_create_user": createUser,
  "20261127100100_create_item": createItem,
  "20261130100000_create_session": createSession,
  "20261130100100_search_trigram_indexes": searchTrigramIndexes,
  "20261130120000_create_audit_event": createAuditEvent,
  "20261207120000_readable_sort_indexes": readableSortIndexes,
  "20261207120100_user_locale": userLocale,
  "20261207153000_user_email_verified_at": userEmailVerifiedAt,
  "20261207160000_create_two_factor": createTwoFactor,
  "20261207161000_create_passkey": createPasskey,
  "20261207163000_create_email_verification": createEmailVerification,
  "20261207164000_create_organization": createOrganization,
  "20261207164100_audit_event_organization": auditEventOrganization,
  "20261207165000_user_password_optional": userPasswordOptional,
  "20261207165100_create_user_identity": createUserIdentity,
  // resource-generator: migrations
};

/** Every migration of the app, in order: the one source for the app, the tests and `npm run migrate`. */
export const migrationSource: Knex.MigrationSource<{ file: string }> = {
  // `file` is what `knex migrate:list` prints for a pending migration.
  getMigrations: async () => Object.keys(migrations).map((file) => ({ file })),
  getMigrationName: ({ file }) => file,
  getMigration: async ({ file }) => {
    const migration = migrations[file];
    if (!migration) throw new Error(`unknown migration ${file}`);
    return migration;
  },
};

/** The key of the PostgreSQL advisory lock that lets one process at a time migrate a database. */
const MIGRATION_LOCK_KEY = 7_204_611_233;

/**
 * Applies every pending migration. On PostgreSQL, processes starting together (replicas, a migration job) take
 * turns: Knex's own lock table does not exist yet on an empty database, so without this they collide creating it.
 */
export async function migrateToLatest(knex: Knex): Promise<void> {
  if ((knex.client.config as Knex.Config).client !== "pg") {
    await knex.migrate.latest({ migrationSource });
    return;
  }
  const lockHolder = await knex.client.acquireConnection();
  try {
    await knex.raw("select pg_advisory_lock(?)", [MIGRATION_LOCK_KEY]).connection(lockHolder);
    try {
      await knex.migrate.latest({ migrationSource });
    } finally {
      await knex.raw("select pg_advisory_unlock(?)", [MIGRATION_LOCK_KEY]).connection(lockHolder);
    }
  } finally {
    await knex.client.releaseConnection(lockHolder);
  }
}

/** True when every migration of the app is recorded as applied; only reads (knex's own check creates its tables). */
export async function migrationsCurrent(knex: Knex): Promise<boolean> {
  const rows: { name: string }[] = await knex("knex_migrations").select("name");
  const applied = new Set(rows.map((row) => row.name));
  return Object.keys(migrations).every((name) => applied.has(name));
}
