import type { Knex } from "knex";
import { loadConfig } from "./adapters/config.js";
import { knexConfig } from "./adapters/persistence/knex.js";
import { migrationSource } from "./adapters/persistence/migrations.js";

/** The knex CLI's view of the app database (`npm run migrate -- migrate:latest`), from the same env as the app. */
const config: Knex.Config = {
  ...knexConfig(loadConfig(process.env).database),
  // No `directory` here: knex would swap the static source for a file scan. `migrate:make` writes to ./migrations.
  migrations: { migrationSource, extension: "ts" },
};

export default config;
