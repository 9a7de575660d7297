import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpAndLogIn, startTestApp, type TestApp } from "../../testing/test-app.js";
import { testDatabaseKinds } from "../../testing/test-database.js";

const invalidCredentials = { status: 403, body: { detail: "Could not validate credentials" } };

/** The revocation matrix of docs/security/sessions.md, end to end: which events end which sessions, seen from the old tokens. */
describe.each(testDatabaseKinds())("session revocation on %s", (database) => {
  let app: TestApp;
  let admin: string;
  beforeAll(async () => {
    app = await startTestApp({ database });
    admin = await app.superuserToken();
  });
  afterAll(() => app?.close());

  const me = (token: string) => app.call("GET", "/api/v1/users/me", { token });

  async function userWithTwoSessions() {
    const user = await signUpAndLogIn(app);
    const form = { username: user.email, password: user.password };
    const second = await app.call("POST", "/api/v1/login/access-token", { form });
    return { ...user, other: second.body.access_token as string };
  }

  it("a password change keeps the current session and ends the others", async () => {
    const user = await userWithTwoSessions();
    const json = { current_password: user.password, new_password: "another-password-1" };
    expect((await app.call("PATCH", "/api/v1/users/me/password", { token: user.token, json })).status).toBe(200);
    expect((await me(user.token)).status).toBe(200);
    expect(await me(user.other)).toMatchObject(invalidCredentials);
  });

  it("a password reset ends every session of the user", async () => {
    const user = await userWithTwoSessions();
    const preview = await app.call("POST", `/api/v1/password-recovery-html-content/${user.email}`, { token: admin });
    const token = /\/reset-password\?token=([^"]+)/.exec(preview.body)?.[1] ?? "";
    const json = { token, new_password: "reset-password-1" };
    expect((await app.call("POST", "/api/v1/reset-password/", { json })).status).toBe(200);
    expect(await me(user.token)).toMatchObject(invalidCredentials);
    expect(await me(user.other)).toMatchObject(invalidCredentials);
  });

  it("an administrator's new password for the user ends every session of the user, not the admin's", async () => {
    const user = await userWithTwoSessions();
    const json = { password: "set-by-admin-1" };
    expect((await app.call("PATCH", `/api/v1/users/${user.id}`, { token: admin, json })).status).toBe(200);
    expect(await me(user.token)).toMatchObject(invalidCredentials);
    expect(await me(user.other)).toMatchObject(invalidCredentials);
    expect((await me(admin)).status).toBe(200);
  });

  it("an administrator's edit without password or deactivation ends nothing", async () => {
    const user = await userWithTwoSessions();
    const json = { full_name: "Renamed" };
    expect((await app.call("PATCH", `/api/v1/users/${user.id}`, { token: admin, json })).status).toBe(200);
    expect((await me(user.token)).status).toBe(200);
  });

  it("deactivation: the old token answers 400 Inactive user, and after reactivation 403", async () => {
    const user = await userWithTwoSessions();
    const path = `/api/v1/users/${user.id}`;
    await app.call("PATCH", path, { token: admin, json: { is_active: false } });
    expect(await me(user.token)).toMatchObject({ status: 400, body: { detail: "Inactive user" } });
    await app.call("PATCH", path, { token: admin, json: { is_active: true } });
    expect(await me(user.token)).toMatchObject(invalidCredentials);
    expect(await me(user.other)).toMatchObject(invalidCredentials);
    const form = { username: user.email, password: user.password };
    const fresh = await app.call("POST", "/api/v1/login/access-token", { form });
    expect((await me(fresh.body.access_token)).status).toBe(200);
  });

  it("deleting the user takes its sessions: the old token answers 404 User not found", async () => {
    const user = await userWithTwoSessions();
    expect((await app.call("DELETE", `/api/v1/users/${user.id}`, { token: admin })).status).toBe(200);
    expect(await me(user.other)).toMatchObject({ status: 404, body: { detail: "User not found" } });
  });
});
