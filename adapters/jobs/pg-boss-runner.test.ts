import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from "../testing/test-database.js";
import { PgBossRunner } from "./pg-boss-runner.js";

const queues = new Map(
  ["email", "audit-retention", "session-purge", "spare"].map((name) => [
    name,
    { maxAttempts: 3, retryDelaySeconds: 1, timeoutSeconds: 30 },
  ]),
);

for (const kind of testDatabaseKinds()) {
  describe(`pg-boss runners starting together on ${kind}`, () => {
    let database: TestDatabase;
    const runners: PgBossRunner[] = [];

    beforeAll(async () => {
      database = await openTestDatabase(kind);
    });

    afterAll(async () => {
      await Promise.all(runners.map((runner) => runner.stop(1_000)));
      await database?.close();
    });

    it("all start and can queue, though they declare the same queues at the same moment", async () => {
      for (let n = 0; n < 4; n += 1) {
        runners.push(new PgBossRunner(database.knex, { supervise: n === 0, failedRetentionDays: 1, queues }));
      }
      await Promise.all(runners.map((runner) => runner.start()));
      const ids = await Promise.all(runners.map((runner) => runner.queue.enqueue("email", { to: "a@example.com" })));
      expect(new Set(ids).size).toBe(4);
    });
  });
}
