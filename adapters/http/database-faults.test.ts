import type { Knex } from "knex";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FastPasswordHasher } from "../memory/fast-password-hasher.js";
import { createKnex } from "../persistence/knex.js";
import { migrateToLatest } from "../persistence/migrations.js";
import { canRunOwnPostgres, type OwnPostgres, postgresBin, startOwnPostgres } from "../testing/own-postgres.js";
import { startTestApp, type TestApp } from "../testing/test-app.js";

const requestBoundMs = 4_000;
const recoveryDeadlineMs = 5_000;

interface Outcome {
  readonly status: number;
  readonly body: unknown;
  readonly id?: string;
}

/** Writers that create items one after another until stopped, remembering every answer. */
function startWriters(app: TestApp, token: string, count: number) {
  const outcomes: Outcome[] = [];
  let running = true;
  const writer = async (index: number) => {
    for (let n = 0; running; n += 1) {
      const response = await fetch(`${app.baseUrl}/api/v1/items/`, {
        method: "POST",
        headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
        body: JSON.stringify({ title: `writer ${index} item ${n}` }),
        // A request that hangs fails the test: an outage must be answered, not waited out.
        signal: AbortSignal.timeout(requestBoundMs),
      });
      const body = (await response.json()) as { id?: string };
      outcomes.push({ status: response.status, body, id: response.status === 200 ? body.id : undefined });
      if (response.status !== 200) await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const done = Promise.all(Array.from({ length: count }, (_, index) => writer(index)));
  return {
    outcomes,
    stop: async () => {
      running = false;
      await done;
    },
  };
}

const until = async (condition: () => boolean, timeoutMs: number) => {
  const deadline = Date.now() + timeoutMs;
  while (!condition() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
  return condition();
};

function describeFaults(): void {
  describe("a PostgreSQL outage under load", () => {
    let server: OwnPostgres;
    let knex: Knex;
    let app: TestApp;
    const unexpected: unknown[] = [];

    beforeAll(async () => {
      server = await startOwnPostgres();
      knex = createKnex({ kind: "postgres", url: server.url });
      await migrateToLatest(knex);
      app = await startTestApp({
        knex,
        hasher: new FastPasswordHasher(),
        onUnexpectedError: (e) => unexpected.push(e),
      });
    });

    afterAll(async () => {
      await app?.close();
      await knex?.destroy();
      await server?.destroy();
    });

    it("answers 503 quickly while the database is down, recovers by itself within 5 s, and loses no acknowledged write", async () => {
      const token = await app.superuserToken();
      const writers = startWriters(app, token, 4);
      expect(await until(() => writers.outcomes.some((outcome) => outcome.status === 200), 10_000)).toBe(true);

      await server.stop();
      const stoppedAt = writers.outcomes.length;
      expect(
        await until(() => writers.outcomes.slice(stoppedAt).filter((o) => o.status === 503).length >= 8, 10_000),
      ).toBe(true);
      const ready = await app.call("GET", "/api/v1/utils/ready/");
      expect(ready.status).toBe(503);
      expect(ready.body).toEqual({ detail: "Service Unavailable" });

      await server.start();
      const restartedAt = writers.outcomes.length;
      const recovered = await until(
        () => writers.outcomes.slice(restartedAt).some((outcome) => outcome.status === 200),
        recoveryDeadlineMs,
      );
      expect(recovered).toBe(true);
      await writers.stop();

      const statuses = new Set(writers.outcomes.map((outcome) => outcome.status));
      expect([...statuses].sort()).toEqual([200, 503]);
      for (const outcome of writers.outcomes.filter((o) => o.status === 503)) {
        expect(outcome.body).toEqual({ detail: "Service Unavailable" });
      }
      const acknowledged = writers.outcomes.flatMap((outcome) => (outcome.id ? [outcome.id] : []));
      const stored = await knex("item").whereIn("id", acknowledged).pluck("id");
      expect(new Set(stored)).toEqual(new Set(acknowledged));
      expect((await app.call("GET", "/api/v1/utils/ready/")).body).toBe(true);
      expect(unexpected.map(String)).toEqual([]);
    }, 60_000);
  });
}

if (canRunOwnPostgres()) describeFaults();
else if (process.env.TEST_DATABASE_URL)
  it("can start a PostgreSQL server of its own for the database fault test", () => {
    expect.fail(`initdb and pg_ctl are required in ${postgresBin} (install PostgreSQL server binaries or set PG_BIN)`);
  });
