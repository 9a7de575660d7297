import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FastPasswordHasher } from "../../memory/fast-password-hasher.js";
import { signUpAndLogIn, startTestApp, type TestApp } from "../../testing/test-app.js";
import { testDatabaseKinds } from "../../testing/test-database.js";

function countBy(values: readonly number[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

// A fast hasher keeps 50 parallel sign-ups about the database race rather than about argon2's cost.
describe.each(testDatabaseKinds())("racing requests (%s)", (database) => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp({ database, hasher: new FastPasswordHasher() });
  });

  afterAll(async () => {
    await app?.close();
  });

  it("lets exactly one of 50 parallel sign-ups with one e-mail succeed; the others get the sequential 400", async () => {
    const json = { email: `race-${database}@example.com`, password: "a-good-password" };
    const responses = await Promise.all(
      Array.from({ length: 50 }, () => app.call("POST", "/api/v1/users/signup", { json })),
    );
    expect(countBy(responses.map((response) => response.status))).toEqual({ 200: 1, 400: 49 });
    for (const response of responses.filter((r) => r.status === 400)) {
      expect(response.body).toEqual({ detail: "The user with this email already exists in the system" });
    }
    const stored = await app.knex("user").where({ email: json.email }).count({ count: "*" }).first();
    expect(Number(stored?.count)).toBe(1);
  });

  it("gives at most one of many parallel e-mail changes to one address the address; the rest get 409", async () => {
    const users = await Promise.all(Array.from({ length: 12 }, () => signUpAndLogIn(app)));
    const target = `wanted-${database}@example.com`;
    const responses = await Promise.all(
      users.map((user) => app.call("PATCH", "/api/v1/users/me", { token: user.token, json: { email: target } })),
    );
    const counts = countBy(responses.map((response) => response.status));
    expect(counts[200] ?? 0).toBeLessThanOrEqual(1);
    expect((counts[200] ?? 0) + (counts[409] ?? 0)).toBe(users.length);
    for (const response of responses.filter((r) => r.status === 409)) {
      expect(response.body).toEqual({ detail: "User with this email already exists" });
    }
    const owners = await app.knex("user").where({ email: target }).pluck("id");
    expect(owners.length).toBe(counts[200] ?? 0);
  });

  it("applies parallel updates of one item without a 5xx, ending in one of the written states", async () => {
    const owner = await signUpAndLogIn(app);
    const created = await app.call("POST", "/api/v1/items/", { token: owner.token, json: { title: "start" } });
    const path = `/api/v1/items/${created.body.id}`;
    const titles = Array.from({ length: 25 }, (_, index) => `title ${index}`);
    const responses = await Promise.all(
      titles.map((title, index) =>
        app.call("PUT", path, { token: owner.token, json: { title, description: `description ${index}` } }),
      ),
    );
    expect(responses.map((response) => response.status)).toEqual(titles.map(() => 200));
    const final = (await app.call("GET", path, { token: owner.token })).body;
    expect(titles).toContain(final.title);
    expect(final.description).toBe(`description ${titles.indexOf(final.title)}`);
  });

  it("deletes an item once when deletes race; the others get the sequential 404", async () => {
    const owner = await signUpAndLogIn(app);
    const created = await app.call("POST", "/api/v1/items/", { token: owner.token, json: { title: "doomed" } });
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => app.call("DELETE", `/api/v1/items/${created.body.id}`, { token: owner.token })),
    );
    expect(countBy(responses.map((response) => response.status))).toEqual({ 200: 1, 404: 9 });
  });
});
