import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpAndLogIn, startTestApp, type TestApp } from "../../testing/test-app.js";
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from "../../testing/test-database.js";

/** Two replicas on one database: nothing about a session is cached in a process, so revocation is seen at once. */
describe.each(testDatabaseKinds())("sessions across two app instances on one %s database", (database) => {
  let shared: TestDatabase;
  let one: TestApp;
  let other: TestApp;
  beforeAll(async () => {
    shared = await openTestDatabase(database);
    one = await startTestApp({ knex: shared.knex });
    other = await startTestApp({ knex: shared.knex, seed: false });
  });
  afterAll(async () => {
    await one?.close();
    await other?.close();
    await shared?.close();
  });

  it("a logout through one is refused by the other on the very next request", async () => {
    const user = await signUpAndLogIn(one);
    expect((await other.call("GET", "/api/v1/users/me", { token: user.token })).status).toBe(200);
    expect((await one.call("POST", "/api/v1/logout", { token: user.token })).status).toBe(200);
    expect(await other.call("GET", "/api/v1/users/me", { token: user.token })).toMatchObject({
      status: 403,
      body: { detail: "Could not validate credentials" },
    });
  });

  it("a refresh token spent on one is reuse on the other, ending the session everywhere", async () => {
    const user = await signUpAndLogIn(one);
    const form = { username: user.email, password: user.password };
    const login = await one.call("POST", "/api/v1/login/access-token", { form });
    const rotated = await one.call("POST", "/api/v1/login/refresh", {
      form: { refresh_token: login.body.refresh_token },
    });
    expect(rotated.status).toBe(200);
    const reuse = await other.call("POST", "/api/v1/login/refresh", {
      form: { refresh_token: login.body.refresh_token },
    });
    expect(reuse.status).toBe(400);
    expect((await one.call("GET", "/api/v1/users/me", { token: rotated.body.access_token })).status).toBe(403);
  });
});
