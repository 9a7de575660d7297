import { createHash, randomBytes } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import knexPackage, { type Knex } from "knex";
import ClientPGLite from "knex-pglite";
import pg from "pg";
import { PgBossRunner } from "../jobs/pg-boss-runner.js";
import { createKnex } from "../persistence/knex.js";
import { migrateToLatest, migrationSource } from "../persistence/migrations.js";
import { pgliteExtensions } from "../persistence/pglite-extensions.js";

export type TestDatabaseKind = "pglite" | "postgres";

/** A fresh, migrated database of its own; `close` releases it (and drops it on PostgreSQL). */
export interface TestDatabase {
  readonly knex: Knex;
  readonly kind: TestDatabaseKind;
  close(): Promise<void>;
}

/** The databases tests run against: PGlite always, PostgreSQL too when TEST_DATABASE_URL names a server. */
export function testDatabaseKinds(): TestDatabaseKind[] {
  return process.env.TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];
}

/** Opens a fresh, migrated, isolated database of the given kind. */
export async function openTestDatabase(kind: TestDatabaseKind = "pglite"): Promise<TestDatabase> {
  const opened = kind === "pglite" ? await openPglite() : await openPostgres();
  let closing: Promise<void> | undefined;
  return { knex: opened.knex, kind, close: () => (closing ??= opened.close()) };
}

const pgliteKnex = (pglite: PGlite): Knex =>
  knexPackage.knex({ client: ClientPGLite, dialect: "postgres", connection: () => ({ pglite }) as object });

async function openPglite(): Promise<{ knex: Knex; close(): Promise<void> }> {
  // A fresh PGlite runs initdb (seconds); loading a dump of an already migrated one takes well under one.
  const pglite = await PGlite.create({ loadDataDir: await migratedTemplate(), extensions: pgliteExtensions });
  const knex = pgliteKnex(pglite);
  return { knex, close: () => knex.destroy() };
}

let template: Promise<Blob> | undefined;

/** A dump of a migrated PGlite, built once and cached on disk for later test files and runs. */
function migratedTemplate(): Promise<Blob> {
  template ??= (async () => {
    const file = join(tmpdir(), "aygentic-pglite-templates", `${await templateKey()}.tar`);
    const cached = await readFile(file).catch(() => null);
    if (cached) return new Blob([cached]);
    const dump = await buildTemplate();
    await mkdir(dirname(file), { recursive: true });
    const partial = `${file}.${process.pid}.${randomBytes(4).toString("hex")}`;
    await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
    await rename(partial, file);
    return dump;
  })();
  return template;
}

async function buildTemplate(): Promise<Blob> {
  const pglite = await PGlite.create({ extensions: pgliteExtensions });
  const knex = pgliteKnex(pglite);
  try {
    await migrateToLatest(knex);
    await installJobQueueSchema(knex);
    return await pglite.dumpDataDir("none");
  } finally {
    await knex.destroy();
  }
}

/** Changes whenever a migration's code, the PGlite version or its extensions change, so a stale template is never loaded. */
async function templateKey(): Promise<string> {
  const hash = createHash("sha256");
  const entry = createRequire(import.meta.url).resolve("@electric-sql/pglite");
  const pglitePackage = await readFile(join(dirname(entry), "..", "package.json"), "utf8");
  hash.update((JSON.parse(pglitePackage) as { version: string }).version);
  hash.update(`extensions: ${Object.keys(pgliteExtensions).sort().join(",")}\n`);
  const jobQueuePackage = createRequire(import.meta.url).resolve("pg-boss/package.json");
  hash.update(`pg-boss: ${(JSON.parse(await readFile(jobQueuePackage, "utf8")) as { version: string }).version}\n`);
  for (const spec of await migrationSource.getMigrations([])) {
    const migration = await migrationSource.getMigration(spec);
    hash.update(`${migrationSource.getMigrationName(spec)}\n${migration.up}\n${migration.down}\n`);
  }
  return hash.digest("hex").slice(0, 24);
}

async function openPostgres(): Promise<{ knex: Knex; close(): Promise<void> }> {
  const server = process.env.TEST_DATABASE_URL;
  if (!server) throw new Error("openTestDatabase('postgres') needs TEST_DATABASE_URL (a PostgreSQL server URL)");
  const name = `aygentic_test_${randomBytes(8).toString("hex")}`;
  await onServer(server, `create database "${name}"`);
  const url = new URL(server);
  url.pathname = `/${name}`;
  const knex = createKnex({ kind: "postgres", url: url.toString() });
  const close = async () => {
    await knex.destroy();
    await onServer(server, `drop database if exists "${name}" with (force)`);
  };
  try {
    await migrateToLatest(knex);
  } catch (error) {
    await close();
    throw error;
  }
  return { knex, close };
}

async function onServer(server: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: server });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The job queue's schema, as the app's first start would create it; in the template, so no test app waits for it. */
async function installJobQueueSchema(knex: Knex): Promise<void> {
  const runner = new PgBossRunner(knex, { supervise: false, failedRetentionDays: 14 });
  await runner.start();
  await runner.stop(0);
}
