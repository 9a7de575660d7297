import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import knexPackage, { type Knex } from "knex";
import ClientPGLite from "knex-pglite";
import { rootLogger } from "../logger.js";
import { pgliteExtensions } from "./pglite-extensions.js";

/** Where the data lives: a PostgreSQL server, or the embedded PGlite (on disk, or in memory when dataDir is null). */
export type DatabaseSettings = { kind: "postgres"; url: string } | { kind: "pglite"; dataDir: string | null };

const knexLogger = rootLogger.child({ component: "knex" });

// Knex's own warnings (pool errors, deprecations) go to the process log instead of the console.
const log: Knex.Config["log"] = {
  warn: (message) => knexLogger.warn(String(message)),
  error: (message) => knexLogger.error(String(message)),
  deprecate: (method, alternative) => knexLogger.warn(`${method} is deprecated; use ${alternative}`),
  debug: (message) => knexLogger.debug(message),
};

/** The Knex configuration for either database; creates PGlite's data directory when it does not exist yet. */
export function knexConfig(database: DatabaseSettings): Knex.Config {
  if (database.kind === "postgres") {
    return {
      log,
      client: "pg",
      // Short timeouts so an unreachable server turns into a quick 503 instead of requests hanging.
      connection: { connectionString: database.url, connectionTimeoutMillis: 3_000 },
      pool: { min: 0, max: 10 },
      acquireConnectionTimeout: 5_000,
    };
  }
  if (database.dataDir !== null) mkdirSync(database.dataDir, { recursive: true });
  // knex-pglite fixes the pool at one connection (PGlite is single-user) and refuses a `pool` setting.
  return { log, client: ClientPGLite, dialect: "postgres", connection: pgliteConnection(database.dataDir) };
}

/**
 * knex-pglite opens a PGlite without extensions, so hand it our own, opened when Knex is created. The function
 * carries `filename` (the data directory, or none in memory) for describeDatabase.
 */
function pgliteConnection(dataDir: string | null): Knex.ConnectionConfigProvider {
  let pglite: PGlite | undefined;
  const open = () => {
    pglite ??= new PGlite({ dataDir: dataDir ?? undefined, extensions: pgliteExtensions });
    return { pglite } as object as Knex.StaticConnectionConfig;
  };
  return Object.assign(open, { filename: dataDir ?? undefined });
}

/** A Knex instance on PostgreSQL (through `pg`) or on the embedded PGlite. */
export function createKnex(database: DatabaseSettings): Knex {
  return knexPackage.knex(knexConfig(database));
}

/** A name for the database in messages: host, port and database of a server (never its password), or PGlite's place. */
export function describeDatabase(db: Knex): string {
  const { client, connection } = db.client.config as Knex.Config;
  if (client !== "pg") {
    const filename = (connection as { filename?: string } | undefined)?.filename;
    return filename ? `embedded PGlite at ${filename}` : "embedded PGlite in memory";
  }
  const url = (connection as { connectionString?: string } | undefined)?.connectionString;
  if (!url) return "PostgreSQL";
  try {
    const parsed = new URL(url);
    return `PostgreSQL at ${parsed.hostname}:${parsed.port || "5432"}${parsed.pathname}`;
  } catch {
    return "PostgreSQL (unparseable URL)";
  }
}
