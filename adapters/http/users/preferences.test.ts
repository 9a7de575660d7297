import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpAndLogIn, startTestApp, type TestApp } from "../../testing/test-app.js";
import { testDatabaseKinds } from "../../testing/test-database.js";

describe.each(testDatabaseKinds())("/api/v1/users/me/preferences on %s", (database) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ database });
  });
  afterAll(() => app?.close());

  const path = "/api/v1/users/me/preferences";

  it("keeps the caller's language, and /users/me keeps the reference's fields only", async () => {
    const user = await signUpAndLogIn(app);
    expect(await app.call("GET", path, { token: user.token })).toMatchObject({ status: 200, body: { locale: null } });
    expect(await app.call("PUT", path, { token: user.token, json: { locale: "de" } })).toMatchObject({
      status: 200,
      body: { locale: "de" },
    });
    expect((await app.call("GET", path, { token: user.token })).body).toEqual({ locale: "de" });
    const me = await app.call("GET", "/api/v1/users/me", { token: user.token });
    expect(Object.keys(me.body).sort()).toEqual([
      "created_at",
      "email",
      "full_name",
      "id",
      "is_active",
      "is_superuser",
    ]);
    const other = await signUpAndLogIn(app);
    expect((await app.call("GET", path, { token: other.token })).body).toEqual({ locale: null });
    expect((await app.call("PUT", path, { token: user.token, json: { locale: null } })).body).toEqual({ locale: null });
  });

  it("refuses a language it does not speak with a 422, and a caller without credentials with a 401", async () => {
    const user = await signUpAndLogIn(app);
    const refused = await app.call("PUT", path, { token: user.token, json: { locale: "fr" } });
    expect(refused.status).toBe(422);
    expect(refused.body.detail[0].loc).toEqual(["body", "locale"]);
    expect(await app.call("GET", path)).toMatchObject({ status: 401, body: { detail: "Not authenticated" } });
  });
});
