import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createKnex, describeDatabase, knexConfig } from "./knex.js";

describe("createKnex", () => {
  it("names a PostgreSQL server by host, port and database, never by its password", async () => {
    const knex = createKnex({ kind: "postgres", url: "postgres://app:s3cret@db.internal:6543/app" });
    try {
      expect(describeDatabase(knex)).toBe("PostgreSQL at db.internal:6543/app");
    } finally {
      await knex.destroy();
    }
  });

  it("pools PostgreSQL connections from zero to ten and leaves PGlite's single connection alone", () => {
    expect(knexConfig({ kind: "postgres", url: "postgres://localhost/app" }).pool).toEqual({ min: 0, max: 10 });
    expect(knexConfig({ kind: "pglite", dataDir: null }).pool).toBeUndefined();
  });

  it("opens PGlite anew on the next query when it failed to open, instead of failing for good", async () => {
    const dataDir = join(mkdtempSync(join(tmpdir(), "aygentic-reopen-")), "data");
    const knex = createKnex({ kind: "pglite", dataDir });
    try {
      rmSync(dataDir, { recursive: true });
      writeFileSync(dataDir, "not a directory");
      await expect(knex.raw("select 1")).rejects.toBeDefined();
      rmSync(dataDir);
      mkdirSync(dataDir);
      const { rows } = await knex.raw<{ rows: { answer: number }[] }>("select 42 as answer");
      expect(rows).toEqual([{ answer: 42 }]);
    } finally {
      await knex.destroy();
    }
  }, 60_000);

  it("opens PGlite anew after its connection was closed", async () => {
    const knex = createKnex({ kind: "pglite", dataDir: null });
    try {
      await knex.raw("select 1");
      const connection = await knex.client.acquireConnection();
      await knex.client.releaseConnection(connection);
      await connection.close();
      const { rows } = await knex.raw<{ rows: { answer: number }[] }>("select 42 as answer");
      expect(rows).toEqual([{ answer: 42 }]);
    } finally {
      await knex.destroy();
    }
  }, 60_000);
});
