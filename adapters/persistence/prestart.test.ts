import type { Knex } from "knex";
import { afterEach, describe, expect, it } from "vitest";
import { freePort } from "../mail/testing/free-port.js";
import { memoryLogger } from "../mail/testing/memory-log.js";
import { FastPasswordHasher } from "../memory/fast-password-hasher.js";
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from "../testing/test-database.js";
import { checkDatabase } from "./check-database.js";
import { createKnex } from "./knex.js";
import { prestart } from "./prestart.js";
import { ObjectionUserRepository } from "./users/objection-user-repository.js";

const firstSuperuser = { email: "admin@example.com", password: "first-password" };

const newAdmin = { hashedPassword: "hashed", fullName: null, isActive: true, isSuperuser: true };

const snapshot = async (knex: Knex) => ({
  users: await knex("user").orderBy("email"),
  items: await knex("item").orderBy("id"),
  migrations: await knex("knex_migrations").select("name", "batch").orderBy("id"),
});

describe("prestart on an empty embedded database", () => {
  // A fresh PGlite runs initdb in WebAssembly: seconds on a quiet machine, far more on a loaded one.
  it("migrates, seeds an active first superuser, and a second run changes nothing", { timeout: 120_000 }, async () => {
    const knex = createKnex({ kind: "pglite", dataDir: null });
    try {
      const hasher = new FastPasswordHasher();
      const { logger, lines } = memoryLogger();
      await prestart(knex, { firstSuperuser, hasher, logger });
      const admin = await new ObjectionUserRepository(knex).findByEmail(firstSuperuser.email);
      expect(admin).toMatchObject({ isActive: true, isSuperuser: true, fullName: null });
      expect((await hasher.verify(firstSuperuser.password, admin?.hashedPassword ?? "")).valid).toBe(true);
      expect(lines().join("\n")).toContain("First superuser created");

      const before = await snapshot(knex);
      await prestart(knex, { firstSuperuser, hasher, logger });
      expect(await snapshot(knex)).toEqual(before);
      expect(before.migrations.length).toBeGreaterThan(0);
    } finally {
      await knex.destroy();
    }
  });
});

for (const kind of testDatabaseKinds()) {
  describe(`prestart on ${kind}`, () => {
    let database: TestDatabase | undefined;

    afterEach(async () => {
      await database?.close();
      database = undefined;
    });

    it("leaves an existing first superuser's password as it is", async () => {
      database = await openTestDatabase(kind);
      const hasher = new FastPasswordHasher();
      const { logger } = memoryLogger();
      await prestart(database.knex, { firstSuperuser, hasher, logger });
      const seeded = await new ObjectionUserRepository(database.knex).findByEmail(firstSuperuser.email);

      await prestart(database.knex, {
        firstSuperuser: { ...firstSuperuser, password: "changed-password" },
        hasher,
        logger,
      });
      const after = await new ObjectionUserRepository(database.knex).findByEmail(firstSuperuser.email);
      expect(after).toEqual(seeded);
      expect((await hasher.verify(firstSuperuser.password, after?.hashedPassword ?? "")).valid).toBe(true);
    });

    it("leaves an existing ordinary account with the first superuser's e-mail untouched", async () => {
      database = await openTestDatabase(kind);
      const users = new ObjectionUserRepository(database.knex);
      const existing = await users.add({
        email: firstSuperuser.email,
        hashedPassword: "someone-else's",
        fullName: "Not an admin",
        isActive: false,
        isSuperuser: false,
      });
      await prestart(database.knex, {
        firstSuperuser,
        hasher: new FastPasswordHasher(),
        logger: memoryLogger().logger,
      });
      expect(await users.findByEmail(firstSuperuser.email)).toEqual(existing);
      expect((await users.list({ skip: 0, limit: 10 })).count).toBe(1);
    });

    it("does not bring back a seed admin who was renamed, nor one who was deleted by another superuser", async () => {
      database = await openTestDatabase(kind);
      const users = new ObjectionUserRepository(database.knex);
      const options = { firstSuperuser, hasher: new FastPasswordHasher(), logger: memoryLogger().logger };
      await prestart(database.knex, options);
      const seeded = await users.findByEmail(firstSuperuser.email);
      await users.update(seeded?.id ?? "", { email: "renamed-admin@example.com" });
      await prestart(database.knex, options);
      expect(await users.findByEmail(firstSuperuser.email)).toBeNull();

      const other = await users.add({ ...newAdmin, email: "other-admin@example.com" });
      await users.remove(seeded?.id ?? "");
      await prestart(database.knex, options);
      expect(await users.findByEmail(firstSuperuser.email)).toBeNull();
      expect((await users.list({ skip: 0, limit: 10 })).data).toEqual([other]);
    });

    it("reports a reachable database as ready", async () => {
      database = await openTestDatabase(kind);
      expect(await checkDatabase(database.knex)).toBe(true);
    });

    it("reports a database with a pending migration as not ready", async () => {
      database = await openTestDatabase(kind);
      await database.knex("knex_migrations").where({ name: "20261127100100_create_item" }).delete();
      expect(await checkDatabase(database.knex)).toBe(false);
      await database.knex.schema.dropTable("knex_migrations");
      expect(await checkDatabase(database.knex)).toBe(false);
    });
  });
}

describe("prestart against a database that does not answer", () => {
  it("logs every failed attempt and then fails with an error naming the database", async () => {
    const port = await freePort();
    const knex = createKnex({ kind: "postgres", url: `postgres://app:secret@127.0.0.1:${port}/appdb` });
    const { logger, lines } = memoryLogger();
    try {
      const run = prestart(knex, {
        firstSuperuser,
        hasher: new FastPasswordHasher(),
        logger,
        retry: { attempts: 3, delayMs: 10 },
      });
      await expect(run).rejects.toThrow(
        `Database PostgreSQL at 127.0.0.1:${port}/appdb is not reachable after 3 attempts; is it running?`,
      );
      const warnings = lines().map((line) => JSON.parse(line) as { msg: string; attempt: number });
      expect(warnings.map((warning) => warning.attempt)).toEqual([1, 2, 3]);
      expect(warnings[2]?.msg).toContain(
        `Database PostgreSQL at 127.0.0.1:${port}/appdb is not reachable (attempt 3 of 3)`,
      );
      expect(lines().join("\n")).not.toContain("secret");
      expect(await checkDatabase(knex)).toBe(false);
    } finally {
      await knex.destroy();
    }
  });
});
