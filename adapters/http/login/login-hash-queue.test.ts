import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Argon2PasswordHasher } from "../../security/argon2-password-hasher.js";
import { signUpAndLogIn, startTestApp, type TestApp } from "../../testing/test-app.js";

// The timing side of the dummy-hash guard (unknown and known addresses take as long) is measured in
// bench/login-timing.ts: a ratio of durations is not a unit-test assertion.
describe("logins with the real argon2 hasher", () => {
  let app: TestApp;
  let known: string;
  const hasher = new Argon2PasswordHasher({ maxConcurrentHashes: 2 });

  const failedLogin = (username: string) =>
    app.call("POST", "/api/v1/login/access-token", { form: { username, password: "not-the-password" } });

  beforeAll(async () => {
    app = await startTestApp({ hasher });
    known = (await signUpAndLogIn(app)).email;
  });

  afterAll(async () => {
    await app?.close();
  });

  it("never runs more argon2 operations at once than its bound, queueing the rest", async () => {
    let mostRunning = 0;
    let mostQueued = 0;
    const sampler = setInterval(() => {
      mostRunning = Math.max(mostRunning, hasher.running);
      mostQueued = Math.max(mostQueued, hasher.queued);
    }, 2);
    try {
      const logins = Array.from({ length: 8 }, (_, index) =>
        failedLogin(index % 2 ? known : `queued-${index}@example.com`),
      );
      for (const response of await Promise.all(logins))
        expect(response).toMatchObject({ status: 400, body: { detail: "Incorrect email or password" } });
    } finally {
      clearInterval(sampler);
    }
    expect(mostRunning).toBe(2);
    expect(mostQueued).toBeGreaterThan(0);
  }, 120_000);
});

describe("a full hash queue", () => {
  let app: TestApp;
  const hasher = new Argon2PasswordHasher({ maxConcurrentHashes: 1, maxQueuedHashes: 1 });

  beforeAll(async () => {
    app = await startTestApp({ hasher, env: { RATE_LIMIT_ENABLED: "false" } });
  });

  afterAll(async () => {
    await app?.close();
  });

  it("answers 503 with Retry-After at once to a login that would have to wait behind it", async () => {
    const started = Date.now();
    const timedLogin = async (index: number) => {
      const response = await app.call("POST", "/api/v1/login/access-token", {
        form: { username: `busy-${index}@example.com`, password: "not-the-password" },
      });
      return { response, afterMs: Date.now() - started };
    };
    const answers = await Promise.all([0, 1, 2, 3].map(timedLogin));
    const checked = answers.filter(({ response }) => response.status === 400);
    const refused = answers.filter(({ response }) => response.status === 503);
    expect(checked).toHaveLength(2);
    expect(refused).toHaveLength(2);
    for (const { response } of refused) {
      expect(response.body).toEqual({ detail: "Service busy, try again" });
      expect(response.headers.get("retry-after")).toBe("1");
    }
    const lastRefusal = Math.max(...refused.map(({ afterMs }) => afterMs));
    expect(lastRefusal).toBeLessThan(Math.max(...checked.map(({ afterMs }) => afterMs)));
  }, 60_000);
});
