import knexPackage from "knex";
import ClientPGLite from "knex-pglite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from "../testing/test-database.js";
import { ItemModel } from "./items/item-model.js";
import { isUniqueViolation } from "./unique-violation.js";
import { UserModel } from "./users/user-model.js";

// Pins the behaviour of Knex 3.3.0, Objection 3.1.5 and knex-pglite 0.14.0 that the repositories rely on
// (ARCHITECTURE §10): an upgrade that changes any of it fails here first.
const userRow = (email: string) => ({ email, is_active: true, is_superuser: false, hashed_password: "hashed" });

for (const kind of testDatabaseKinds()) {
  describe(`Knex and Objection on ${kind}`, () => {
    let database: TestDatabase;

    beforeAll(async () => {
      database = await openTestDatabase(kind);
    });

    afterAll(async () => {
      await database?.close();
    });

    it("return timestamptz columns as Date objects", async () => {
      const [row] = await database.knex("user").insert(userRow("date@example.com")).returning("created_at");
      expect(row.created_at).toBeInstanceOf(Date);
      const { rows } = await database.knex.raw<{ rows: { at: unknown }[] }>("select now()::timestamptz as at");
      expect(rows[0]?.at).toBeInstanceOf(Date);
    });

    it("insert().returning('*') answers one model with the database's defaults filled in", async () => {
      const row = await UserModel.query(database.knex).insert(userRow("fetch@example.com")).returning("*");
      expect(row).toBeInstanceOf(UserModel);
      expect(row.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(row.created_at).toBeInstanceOf(Date);
      expect(row.full_name).toBeNull();
    });

    it("patch().findById().returning('*') answers the patched model, or undefined for a missing row", async () => {
      const user = await UserModel.query(database.knex).insert(userRow("patch@example.com")).returning("*");
      const patched = await UserModel.query(database.knex)
        .patch({ full_name: "Patched" })
        .findById(user.id)
        .returning("*");
      expect(patched).toBeInstanceOf(UserModel);
      expect(patched?.full_name).toBe("Patched");
      const missing = await UserModel.query(database.knex)
        .patch({ full_name: "Ghost" })
        .findById("00000000-0000-4000-8000-000000000000")
        .returning("*");
      expect(missing).toBeUndefined();
    });

    it("findById and findOne answer undefined for no row; resultSize counts with a number", async () => {
      const query = () => UserModel.query(database.knex);
      expect(await query().findById("00000000-0000-4000-8000-000000000000")).toBeUndefined();
      expect(await query().findOne({ email: "nobody@example.com" })).toBeUndefined();
      expect(typeof (await query().resultSize())).toBe("number");
    });

    it("a delete with returning gives the deleted rows", async () => {
      const user = await UserModel.query(database.knex).insert(userRow("gone@example.com")).returning("*");
      const removed = await UserModel.query(database.knex).delete().where("id", user.id).returning("id");
      expect(removed.map((row) => row.id)).toEqual([user.id]);
    });

    it("a unique violation carries code 23505 and the index name through Objection", async () => {
      await UserModel.query(database.knex).insert(userRow("twice@example.com"));
      const error = await UserModel.query(database.knex)
        .insert(userRow("twice@example.com"))
        .then(
          () => null,
          (reason: unknown) => reason,
        );
      expect(isUniqueViolation(error, "ix_user_email")).toBe(true);
      expect(isUniqueViolation(error, "another_index")).toBe(false);
    });

    it("a foreign key violation is not mistaken for a unique one", async () => {
      const error = await ItemModel.query(database.knex)
        .insert({ title: "orphan", owner_id: "00000000-0000-4000-8000-000000000000" })
        .then(
          () => null,
          (reason: unknown) => reason,
        );
      expect(error).toMatchObject({ nativeError: { code: "23503" } });
      expect(isUniqueViolation(error, "ix_user_email")).toBe(false);
    });
  });
}

describe("knex-pglite", () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await openTestDatabase("pglite");
  });

  afterAll(async () => {
    await database?.close();
  });

  it("answers a bare delete with the driver's response instead of a row count (so deletes use returning)", async () => {
    const [user] = await database.knex("user").insert(userRow("bare@example.com")).returning("id");
    const answer: unknown = await database.knex("user").where("id", user.id).del();
    expect(answer).toMatchObject({ rowCount: 1 });
  });

  it("refuses a pool setting, as PGlite is single-connection", () => {
    expect(() =>
      // A stand-in instance, so the dialect does not boot a PGlite of its own before refusing.
      knexPackage.knex({ client: ClientPGLite, connection: () => ({ pglite: {} }) as object, pool: { max: 2 } }),
    ).toThrow("PGlite is single user/connection. Pool cannot be configured.");
  });
});
