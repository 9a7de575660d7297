import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FastPasswordHasher } from "../memory/fast-password-hasher.js";
import { type CallResult, startTestApp, type TestApp } from "../testing/test-app.js";
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from "../testing/test-database.js";

const limits = {
  RATE_LIMIT_ENABLED: "true",
  RATE_LIMIT_LOGIN_PER_IP: "8/600",
  RATE_LIMIT_LOGIN_PER_ACCOUNT: "3/600",
  RATE_LIMIT_RECOVERY_PER_IP: "50/600",
  RATE_LIMIT_RECOVERY_PER_ACCOUNT: "2/600",
  RATE_LIMIT_SIGNUP_PER_IP: "50/600",
  RATE_LIMIT_SIGNUP_PER_ACCOUNT: "2/600",
};

const login = (app: TestApp, username: string, password: string) =>
  app.call("POST", "/api/v1/login/access-token", { form: { username, password } });

function expectTooManyRequests(response: CallResult): void {
  expect(response.status).toBe(429);
  const seconds = Number(response.headers.get("retry-after"));
  expect(seconds).toBeGreaterThanOrEqual(1);
  expect(seconds).toBeLessThanOrEqual(600);
  expect(response.body).toEqual({ detail: `Too many requests. Try again in ${seconds} seconds.` });
}

describe.each(testDatabaseKinds())("rate limits (%s)", (kind) => {
  let database: TestDatabase;
  let app: TestApp;
  let replica: TestApp;
  let counter = 0;
  const fresh = (label: string) => `${label}-${kind}-${++counter}@example.com`;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    const options = { knex: database.knex, hasher: new FastPasswordHasher() };
    // Both replicas see 127.0.0.1: only the second one gets a small per-IP login limit, for the test that needs it.
    app = await startTestApp({ ...options, env: { ...limits, RATE_LIMIT_LOGIN_PER_IP: "1000/600" } });
    replica = await startTestApp({ ...options, env: limits });
  });

  afterAll(async () => {
    await app?.close();
    await replica?.close();
    await database?.close();
  });

  it("locks an account after its failed logins, whatever the password, and tells when to retry", async () => {
    const email = fresh("locked");
    await app.call("POST", "/api/v1/users/signup", { json: { email, password: "a-good-password" } });
    for (let attempt = 0; attempt < 3; attempt += 1)
      expect((await login(app, email, "wrong-password")).status).toBe(400);
    expectTooManyRequests(await login(app, email, "a-good-password"));
    expectTooManyRequests(await login(app, email.toUpperCase(), "wrong-password"));
  });

  it("clears an account's failures when its owner logs in", async () => {
    const email = fresh("owner");
    await app.call("POST", "/api/v1/users/signup", { json: { email, password: "a-good-password" } });
    for (let round = 0; round < 2; round += 1) {
      expect((await login(app, email, "wrong-password")).status).toBe(400);
      expect((await login(app, email, "wrong-password")).status).toBe(400);
      expect((await login(app, email, "a-good-password")).status).toBe(200);
    }
  });

  it("limits password recovery per address with the same 200 until then", async () => {
    const email = fresh("recovery");
    const recover = () => app.call("POST", `/api/v1/password-recovery/${encodeURIComponent(email)}`);
    expect((await recover()).status).toBe(200);
    expect((await recover()).status).toBe(200);
    expectTooManyRequests(await recover());
  });

  it("limits sign-ups per address", async () => {
    const email = fresh("signup");
    const signUp = () => app.call("POST", "/api/v1/users/signup", { json: { email, password: "a-good-password" } });
    expect((await signUp()).status).toBe(200);
    expect((await signUp()).status).toBe(400);
    expectTooManyRequests(await signUp());
    const renamed = { email: `Someone Else <${email}>`, password: "a-good-password" };
    expectTooManyRequests(await app.call("POST", "/api/v1/users/signup", { json: renamed }));
  });

  it("limits an operation whatever the case or trailing slash of its path", async () => {
    const json = { email: fresh("variant"), password: "a-good-password" };
    expect((await app.call("POST", "/API/V1/Users/Signup", { json })).status).toBe(200);
    expect((await app.call("POST", "/api/v1/users/signup/", { json })).status).toBe(400);
    expectTooManyRequests(await app.call("POST", "/api/v1/USERS/signup", { json }));
    const form = { username: fresh("variant-login"), password: "wrong-password" };
    for (const path of ["/api/v1/LOGIN/access-token", "/API/v1/login/Access-Token/", "/api/v1/login/access-token"])
      expect((await app.call("POST", path, { form })).status).toBe(400);
    expectTooManyRequests(await app.call("POST", "/api/v1/LOGIN/access-token", { form }));
  });

  it("limits logins per IP address across accounts, leaving other routes alone", async () => {
    let refused: CallResult | null = null;
    for (let attempt = 0; attempt < 12 && !refused; attempt += 1) {
      const response = await login(replica, fresh("spray"), "wrong-password");
      if (response.status === 429) refused = response;
      else expect(response.status).toBe(400);
    }
    expect(refused).not.toBeNull();
    if (refused) expectTooManyRequests(refused);
    expect((await replica.call("GET", "/api/v1/utils/health-check/")).status).toBe(200);
  });

  if (kind === "postgres")
    it("shares the counters between replicas through PostgreSQL", async () => {
      const email = fresh("shared");
      expect((await app.call("POST", `/api/v1/password-recovery/${email}`)).status).toBe(200);
      expect((await replica.call("POST", `/api/v1/password-recovery/${email}`)).status).toBe(200);
      expectTooManyRequests(await app.call("POST", `/api/v1/password-recovery/${email}`));
      const rows = await database.knex("rate_limits").count({ count: "*" }).first();
      expect(Number(rows?.count)).toBeGreaterThan(0);
    });
});
