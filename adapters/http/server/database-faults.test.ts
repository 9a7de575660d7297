import { randomUUID } from "node:crypto";
import type { Knex } from "knex";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../../mail/testing/free-port.js";
import { FastPasswordHasher } from "../../memory/fast-password-hasher.js";
import { createKnex } from "../../persistence/knex.js";
import { migrateToLatest } from "../../persistence/migrations.js";
import { JwtTokenService } from "../../security/jwt-token-service.js";
import { canRunOwnPostgres, type OwnPostgres, postgresBin, startOwnPostgres } from "../../testing/own-postgres.js";
import { startTestApp, type TestApp } from "../../testing/test-app.js";

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

describe("a PostgreSQL server that cannot be reached", () => {
  let knex: Knex;
  let app: TestApp;

  beforeAll(async () => {
    // A port nothing listens on: every connection attempt is refused at once.
    knex = createKnex({ kind: "postgres", url: `postgres://postgres@127.0.0.1:${await freePort()}/app` });
    app = await startTestApp({ knex, hasher: new FastPasswordHasher(), seed: false });
  });

  afterAll(async () => {
    await app?.close();
    await knex?.destroy();
  });

  it("answers 503 Service Unavailable on every route that needs it, and stays live", async () => {
    const token = new JwtTokenService({
      secretKey: app.config.secretKey,
      accessTokenExpireMinutes: 5,
      resetTokenExpireHours: 1,
    });
    const bearer = token.issueAccessToken(randomUUID());
    const signal = () => AbortSignal.timeout(requestBoundMs);
    const answers = [
      await app.call("GET", "/api/v1/utils/ready/"),
      await app.call("POST", "/api/v1/login/access-token", { form: { username: "a@example.com", password: "x" } }),
      await app.call("POST", "/api/v1/users/signup", { json: { email: "a@example.com", password: "a-good-password" } }),
      await app.call("GET", "/api/v1/items/", { token: bearer }),
      await app.call("POST", "/api/v1/password-recovery/a@example.com"),
    ];
    for (const answer of answers) {
      expect(answer.status).toBe(503);
      expect(answer.body).toEqual({ detail: "Service Unavailable" });
    }
    const live = await fetch(`${app.baseUrl}/api/v1/utils/health-check/`, { signal: signal() });
    expect(await live.json()).toBe(true);
  });
});

if (canRunOwnPostgres()) describeFaults();
else if (process.env.TEST_DATABASE_URL)
  it("can start a PostgreSQL server of its own for the database fault test", () => {
    expect.fail(`initdb and pg_ctl are required in ${postgresBin} (install PostgreSQL server binaries or set PG_BIN)`);
  });
