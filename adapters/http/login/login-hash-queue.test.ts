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
