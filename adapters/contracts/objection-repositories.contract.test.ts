import { afterAll, beforeAll, describe } from "vitest";
import { ObjectionItemRepository } from "../persistence/items/objection-item-repository.js";
import { ObjectionUserRepository } from "../persistence/users/objection-user-repository.js";
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from "../testing/test-database.js";
import { itemRepositoryContract } from "./item-repository-contract.js";
import { userRepositoryContract } from "./user-repository-contract.js";

const names = { pglite: "Objection on PGlite", postgres: "Objection on PostgreSQL" } as const;

for (const kind of testDatabaseKinds()) {
  describe(names[kind], () => {
    let database: TestDatabase;

    beforeAll(async () => {
      database = await openTestDatabase(kind);
    });

    afterAll(async () => {
      await database?.close();
    });

    const fresh = async () => {
      await database.knex.raw('truncate table "item", "user"');
      return { users: new ObjectionUserRepository(database.knex), items: new ObjectionItemRepository(database.knex) };
    };

    userRepositoryContract(names[kind], fresh);
    itemRepositoryContract(names[kind], fresh);
  });
}
