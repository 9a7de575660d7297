import { afterAll, beforeAll, describe } from "vitest";
import { PgBossRunner } from "../jobs/pg-boss-runner.js";
import { InMemoryJobRunner } from "../memory/in-memory-job-runner.js";
import { createInMemoryRepositories } from "../memory/in-memory-repositories.js";
import { KnexUnitOfWork } from "../persistence/knex-unit-of-work.js";
import { ObjectionUserRepository } from "../persistence/users/objection-user-repository.js";
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from "../testing/test-database.js";
import { type JobFixture, jobRunnerContract } from "./job-runner-contract.js";

jobRunnerContract("in memory", async (): Promise<JobFixture> => {
  const { users, unitOfWork, store } = createInMemoryRepositories();
  return {
    users,
    unitOfWork,
    runner: async () => new InMemoryJobRunner(store),
  };
});

const names = { pglite: "pg-boss on PGlite", postgres: "pg-boss on PostgreSQL" } as const;

for (const kind of testDatabaseKinds()) {
  describe(names[kind], () => {
    let database: TestDatabase;

    beforeAll(async () => {
      database = await openTestDatabase(kind);
    });

    afterAll(async () => {
      await database?.close();
    });

    jobRunnerContract(names[kind], async (): Promise<JobFixture> => {
      const { knex } = database;
      const runner = async () => {
        const started = new PgBossRunner(knex, {
          supervise: true,
          failedRetentionDays: 14,
          pollingIntervalSeconds: 0.5,
          maintenanceIntervalSeconds: 1,
          cronIntervalSeconds: 1,
        });
        await started.start();
        return started;
      };
      const transactional = await runner();
      await transactional.stop(1_000);
      return {
        users: new ObjectionUserRepository(knex),
        unitOfWork: new KnexUnitOfWork(knex, transactional),
        runner,
      };
    });
  });
}
