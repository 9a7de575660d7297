import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CountingPasswordHasher } from "../../memory/counting-password-hasher.js";
import { FastPasswordHasher } from "../../memory/fast-password-hasher.js";
import { type CallResult, startTestApp, type TestApp } from "../../testing/test-app.js";
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from "../../testing/test-database.js";

const limits = {
  RATE_LIMIT_LOCAL_MULTIPLIER: "1",
  RATE_LIMIT_LOGIN_FAILURES_PER_ACCOUNT_IP: "3/600",
  RATE_LIMIT_LOGIN_FAILURES_PER_ACCOUNT: "6/600",
  RATE_LIMIT_LOGIN_FAILURES_PER_IP: "8/600",
  RATE_LIMIT_RECOVERY_PER_IP: "50/600",
  RATE_LIMIT_RECOVERY_PER_ACCOUNT: "2/600",
  RATE_LIMIT_SIGNUP_PER_IP: "50/600",
  RATE_LIMIT_SIGNUP_PER_ACCOUNT: "2/600",
};

const password = "a-good-password";

/** A login from behind the trusted proxy hop, as the client address `ip` (or the TCP peer without one). */
const login = (app: TestApp, username: string, secret: string, ip?: string) =>
  app.call("POST", "/api/v1/login/access-token", {
    form: { username, password: secret },
    headers: ip ? { "X-Forwarded-For": ip } : {},
  });

function expectTooManyRequests(response: CallResult): void {
  expect(response.status).toBe(429);
  const seconds = Number(response.headers.get("retry-after"));
  expect(seconds).toBeGreaterThanOrEqual(1);
  expect(seconds).toBeLessThanOrEqual(600);
  expect(response.body).toEqual({ detail: `Too many requests. Try again in ${seconds} seconds.` });
}

describe.each(testDatabaseKinds())("rate limits (%s)", (kind) => {
  let database: TestDatabase;
  const hasher = new CountingPasswordHasher(new FastPasswordHasher());
  let app: TestApp;
  let replica: TestApp;
  let counter = 0;
  const fresh = (label: string) => `${label}-${kind}-${++counter}@example.com`;

  let address = 0;
  const freshIp = () => `198.51.100.${++address}`;
  const signUp = async (label: string) => {
    const email = fresh(label);
    expect((await app.call("POST", "/api/v1/users/signup", { json: { email, password } })).status).toBe(200);
    return email;
  };

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    const options = { knex: database.knex, hasher };
    // `app` sits behind one trusted proxy hop, so each test picks its clients' addresses; `replica` trusts none.
    app = await startTestApp({ ...options, env: { ...limits, TRUSTED_PROXIES: "1" } });
    replica = await startTestApp({ ...options, env: limits });
  });

  afterAll(async () => {
    await app?.close();
    await replica?.close();
    await database?.close();
  });

  it("refuses even the right password once an (account, IP) pair's failures are exhausted", async () => {
    const email = await signUp("locked");
    const ip = freshIp();
    for (let attempt = 0; attempt < 3; attempt += 1) expect((await login(app, email, "wrong", ip)).status).toBe(400);
    expectTooManyRequests(await login(app, email, password, ip));
    expectTooManyRequests(await login(app, email.toUpperCase(), "wrong", ip));
  });

  it("lets the owner in from their address while an attacker has exhausted the pair from another", async () => {
    const email = await signUp("victim");
    const attacker = freshIp();
    for (let attempt = 0; attempt < 3; attempt += 1)
      expect((await login(app, email, "wrong", attacker)).status).toBe(400);
    expectTooManyRequests(await login(app, email, "wrong", attacker));
    expect((await login(app, email, password, freshIp())).status).toBe(200);
  });

  it("resets an (account, IP) pair when its owner logs in, and does not count successes", async () => {
    const email = await signUp("owner");
    const ip = freshIp();
    for (let round = 0; round < 2; round += 1) {
      expect((await login(app, email, "wrong", ip)).status).toBe(400);
      expect((await login(app, email, "wrong", ip)).status).toBe(400);
      expect((await login(app, email, password, ip)).status).toBe(200);
      expect((await login(app, email, password, ip)).status).toBe(200);
    }
  });

  it("stops guessing spread over many addresses at the per-account ceiling, the owner included", async () => {
    const email = await signUp("spread");
    for (let attempt = 0; attempt < 6; attempt += 1)
      expect((await login(app, email, "wrong", freshIp())).status).toBe(400);
    expectTooManyRequests(await login(app, email, "wrong", freshIp()));
    expectTooManyRequests(await login(app, email, password, freshIp()));
  });

  it("ignores X-Forwarded-For from an untrusted peer: a forged address does not escape the limit", async () => {
    const email = await signUp("forged");
    for (let attempt = 0; attempt < 3; attempt += 1)
      expect((await login(replica, email, "wrong", freshIp())).status).toBe(400);
    expectTooManyRequests(await login(replica, email, password, freshIp()));
    expect((await login(app, email, password, freshIp())).status).toBe(200);
  });

  it("answers a 50-request burst of wrong passwords with 429s and not a single 5xx", async () => {
    const email = await signUp("burst");
    const ip = freshIp();
    const burst = await Promise.all(Array.from({ length: 50 }, () => login(app, email, "wrong", ip)));
    const statuses = burst.map((response) => response.status);
    expect(statuses.filter((status) => status >= 500)).toEqual([]);
    expect(statuses.filter((status) => status !== 400 && status !== 429)).toEqual([]);
    expect(statuses.filter((status) => status === 400).length).toBeLessThanOrEqual(3);
    for (const response of burst.filter((each) => each.status === 429)) expectTooManyRequests(response);
  });

  it("stops one address spraying guesses across accounts before any hash, its right password included", async () => {
    const email = await signUp("sprayed");
    const ip = freshIp();
    for (let attempt = 0; attempt < 8; attempt += 1)
      expect((await login(app, fresh("spray"), "wrong", ip)).status).toBe(400);
    const hashedSoFar = { ...hasher.calls };
    expectTooManyRequests(await login(app, fresh("spray"), "wrong", ip));
    expectTooManyRequests(await login(app, email, password, ip));
    expect(hasher.calls).toEqual(hashedSoFar);
    expect((await login(app, email, password, freshIp())).status).toBe(200);
    expect((await app.call("GET", "/api/v1/utils/health-check/", { headers: { "X-Forwarded-For": ip } })).status).toBe(
      200,
    );
  });

  it("counts a wrong current password on PATCH /users/me/password as a failed login, and records it", async () => {
    const email = await signUp("changer");
    const ip = freshIp();
    const token = (await login(app, email, password, ip)).body.access_token;
    const change = (current: string) =>
      app.call("PATCH", "/api/v1/users/me/password", {
        token,
        json: { current_password: current, new_password: "another-good-password" },
        headers: { "X-Forwarded-For": ip },
      });
    for (let attempt = 0; attempt < 3; attempt += 1)
      expect(await change(`wrong-guess-${attempt}`)).toMatchObject({
        status: 400,
        body: { detail: "Incorrect password" },
      });
    expectTooManyRequests(await change(password));
    expectTooManyRequests(await login(app, email, password, ip));
    expect((await login(app, email, password, freshIp())).status).toBe(200);
    const userId = (await app.call("GET", "/api/v1/users/me", { token })).body.id;
    const query = new URLSearchParams({ action: "auth.password_changed", target_id: userId, outcome: "failure" });
    const recorded = await app.call("GET", `/api/v1/audit-events/?${query}`, { token: await app.superuserToken() });
    expect(recorded.body.count).toBe(3);
    expect(recorded.body.data[0].details).toEqual({ reason: "incorrect_password" });
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
    const form = { username: await signUp("variant-login"), password: "wrong-password" };
    for (const path of ["/api/v1/LOGIN/access-token", "/API/v1/login/Access-Token/", "/api/v1/login/access-token"])
      expect((await app.call("POST", path, { form })).status).toBe(400);
    expectTooManyRequests(await app.call("POST", "/api/v1/LOGIN/access-token", { form }));
  });

  it("multiplies every limit by RATE_LIMIT_LOCAL_MULTIPLIER in local", async () => {
    const env = { ...limits, RATE_LIMIT_LOGIN_FAILURES_PER_ACCOUNT_IP: "1/600", RATE_LIMIT_LOCAL_MULTIPLIER: "3" };
    const local = await startTestApp({ knex: database.knex, hasher: new FastPasswordHasher(), env });
    try {
      const email = await signUp("multiplied");
      for (let attempt = 0; attempt < 3; attempt += 1) expect((await login(local, email, "wrong")).status).toBe(400);
      expectTooManyRequests(await login(local, email, password));
    } finally {
      await local.close();
    }
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
