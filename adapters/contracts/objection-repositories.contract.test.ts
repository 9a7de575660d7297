import { afterAll, beforeAll, describe } from "vitest";
import { ObjectionItemRepository } from "../persistence/objection-item-repository.js";
import { ObjectionUserRepository } from "../persistence/objection-user-repository.js";
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from "../testing/test-database.js";
import { itemListContract } from "./item-list-contract.js";
import { itemRepositoryContract } from "./item-repository-contract.js";
import type { RepositoryFixture } from "./repository-fixture.js";
import { userListContract } from "./user-list-contract.js";
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

    const fresh = async (): Promise<RepositoryFixture> => {
      const { knex } = database;
      await knex.raw('truncate table "item", "user"');
      return {
        users: new ObjectionUserRepository(knex),
        items: new ObjectionItemRepository(knex),
        restamp: async (table, id, createdAt) => {
          await knex(table).update({ created_at: createdAt }).where({ id });
        },
      };
    };

    userRepositoryContract(names[kind], fresh);
    itemRepositoryContract(names[kind], fresh);
    userListContract(names[kind], fresh);
    itemListContract(names[kind], fresh);
  });
}
