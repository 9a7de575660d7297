import { createKnex } from "../persistence/knex.js";
import { migrateToLatest } from "../persistence/migrations.js";
import { startOwnPostgres } from "./own-postgres.js";
import { openTestDatabase } from "./test-database.js";

/** A migrated PostgreSQL database several processes share: on TEST_DATABASE_URL's server, else on one started here. */
export async function sharedDatabase(): Promise<{ url: string; close(): Promise<void> }> {
  if (process.env.TEST_DATABASE_URL) {
    const database = await openTestDatabase("postgres");
    const { connectionString } = database.knex.client.config.connection as { connectionString: string };
    return { url: connectionString, close: () => database.close() };
  }
  const server = await startOwnPostgres();
  const knex = createKnex({ kind: "postgres", url: server.url });
  try {
    await migrateToLatest(knex);
  } finally {
    await knex.destroy();
  }
  return { url: server.url, close: () => server.destroy() };
}
