import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FastPasswordHasher } from "../../memory/fast-password-hasher.js";
import { startTestApp, type TestApp } from "../../testing/test-app.js";

const refusal = { status: 400, body: { detail: "The last active superuser cannot remove their own privileges" } };

// Its own app: the rule depends on how many superusers exist, which other suites change.
describe("the last active superuser (PATCH /users/{user_id} on themselves)", () => {
  let app: TestApp;
  let admin: string;
  let adminId: string;

  beforeAll(async () => {
    app = await startTestApp({ hasher: new FastPasswordHasher() });
    admin = await app.superuserToken();
    adminId = (await app.call("GET", "/api/v1/users/me", { token: admin })).body.id;
  });

  afterAll(() => app?.close());

  it.each([{ is_superuser: false }, { is_active: false }, { is_superuser: false, is_active: false }])(
    "is refused %o with a 400, and stays an active superuser",
    async (json) => {
      expect(await app.call("PATCH", `/api/v1/users/${adminId}`, { token: admin, json })).toMatchObject(refusal);
      const me = await app.call("GET", "/api/v1/users/me", { token: admin });
      expect(me.body).toMatchObject({ is_superuser: true, is_active: true });
    },
  );

  it("may step down once another active superuser exists", async () => {
    const json = { email: "second-admin@example.com", password: "a-good-password", is_superuser: true };
    expect((await app.call("POST", "/api/v1/users/", { token: admin, json })).status).toBe(200);
    const demoted = await app.call("PATCH", `/api/v1/users/${adminId}`, {
      token: admin,
      json: { is_superuser: false },
    });
    expect(demoted).toMatchObject({ status: 200, body: { is_superuser: false } });
  });
});
