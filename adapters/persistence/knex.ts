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
  return {
    log,
    client: ReopeningPGliteClient as unknown as typeof Knex.Client,
    dialect: "postgres",
    connection: pgliteConnection(database.dataDir),
  };
}

/**
 * knex-pglite opens a PGlite without extensions, so hand it our own. The function carries `filename` (the data
 * directory, or none in memory) for describeDatabase. It gives the same PGlite until that one is closed or failed to
 * open, then a new one.
 */
function pgliteConnection(dataDir: string | null): Knex.ConnectionConfigProvider {
  let current: { pglite: PGlite; failed: boolean } | undefined;
  const open = () => {
    if (!current || current.failed || current.pglite.closed) {
      const opening = {
        pglite: new PGlite({ dataDir: dataDir ?? undefined, extensions: pgliteExtensions }),
        failed: false,
      };
      opening.pglite.waitReady.catch(() => {
        opening.failed = true;
      });
      current = opening;
    }
    return { pglite: current.pglite } as object as Knex.StaticConnectionConfig;
  };
  return Object.assign(open, { filename: dataDir ?? undefined });
}

interface KnexPGliteInternals {
  pglite: PGlite;
  _driver(): void;
  _acquireOnlyConnection(): Promise<PGlite>;
  getPoolSettings(pool: Knex.PoolConfig): object;
}
const KnexPGliteClient = ClientPGLite as unknown as new (config: Knex.Config) => KnexPGliteInternals;

/**
 * knex-pglite keeps the PGlite it opened first even once it failed to open or was closed (the pool closes a
 * connection whose creation outlived its timeout), so every later query failed. This client drops a closed one and
 * opens a new one, and gives a first open (initdb and extensions: near a minute on a loaded machine) five minutes.
 */
class ReopeningPGliteClient extends KnexPGliteClient {
  override async _acquireOnlyConnection(): Promise<PGlite> {
    if (this.pglite.closed) this._driver();
    try {
      return await super._acquireOnlyConnection();
    } catch (error) {
      this._driver();
      throw error;
    }
  }

  validateConnection(connection: PGlite): boolean {
    return !connection.closed;
  }

  override getPoolSettings(pool: Knex.PoolConfig): object {
    return super.getPoolSettings({ ...pool, createTimeoutMillis: 300_000 });
  }
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
