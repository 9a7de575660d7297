// Init container of the API pods: waits until the database records every migration this image ships, i.e. until the
// release's `api-migrate` Job has run them. Read-only: creating knex's tables here would race the Job's first run.
// Runs in the API image (working directory /app, the app's own config and migration list from dist/).
import { setTimeout as sleep } from "node:timers/promises";
import { pathToFileURL } from "node:url";

const app = (path) => import(pathToFileURL(`${process.cwd()}/${path}`).href);
const { loadConfig } = await app("dist/adapters/config.js");
const { createKnex } = await app("dist/adapters/persistence/knex.js");
const { migrationSource } = await app("dist/adapters/persistence/migrations.js");

const pollMs = Number(process.env.WAIT_POLL_MS ?? 2000);
const knex = createKnex(loadConfig().database);
const shipped = (await migrationSource.getMigrations([])).map((spec) => migrationSource.getMigrationName(spec));
for (;;) {
  const recorded = await knex("knex_migrations")
    .pluck("name")
    .catch((error) => {
      // 42P01: no knex_migrations table yet, the Job has not begun.
      if (error.code !== "42P01") console.log(`waiting for the database: ${error.message}`);
      return [];
    });
  const pending = shipped.filter((name) => !recorded.includes(name));
  if (pending.length === 0) break;
  console.log(
    `waiting for job/api-migrate: ${pending.length} of ${shipped.length} migrations pending (${pending[0]}…)`,
  );
  await sleep(pollMs);
}
console.log(`all ${shipped.length} migrations are recorded`);
await knex.destroy();
