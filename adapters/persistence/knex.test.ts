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
});
