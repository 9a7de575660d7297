import { afterAll, beforeAll, describe } from "vitest";
import { InMemoryPasskeyChallengeRepository } from "../memory/in-memory-passkey-challenge-repository.js";
import { createInMemoryRepositories } from "../memory/in-memory-repositories.js";
import { KnexUnitOfWork } from "../persistence/knex-unit-of-work.js";
import { ObjectionPasskeyChallengeRepository } from "../persistence/passkeys/objection-passkey-challenge-repository.js";
import { ObjectionPasskeyRepository } from "../persistence/passkeys/objection-passkey-repository.js";
import { ObjectionUserRepository } from "../persistence/users/objection-user-repository.js";
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from "../testing/test-database.js";
import { passkeyRepositoryContract } from "./passkey-repository-contract.js";

passkeyRepositoryContract("in memory", async () => {
  const { users, passkeys, unitOfWork } = createInMemoryRepositories();
  return { users, passkeys, unitOfWork, challenges: new InMemoryPasskeyChallengeRepository() };
});

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

    passkeyRepositoryContract(names[kind], async () => {
      const { knex } = database;
      await knex.raw('truncate table "passkey_challenge", "passkey", "user" cascade');
      return {
        users: new ObjectionUserRepository(knex),
        passkeys: new ObjectionPasskeyRepository(knex),
        challenges: new ObjectionPasskeyChallengeRepository(knex),
        unitOfWork: new KnexUnitOfWork(knex),
      };
    });
  });
}
