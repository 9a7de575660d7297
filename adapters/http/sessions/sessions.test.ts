import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpAndLogIn, startTestApp, type TestApp } from "../../testing/test-app.js";
import { testDatabaseKinds } from "../../testing/test-database.js";

const invalidRefresh = { detail: "Invalid refresh token" };
const invalidCredentials = { detail: "Could not validate credentials" };

describe.each(testDatabaseKinds())("session endpoints on %s", (database) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ database });
  });
  afterAll(() => app?.close());

  const logIn = (username: string, password: string, userAgent = "test-agent/1.0") =>
    app.call("POST", "/api/v1/login/access-token", {
      form: { username, password },
      headers: { "user-agent": userAgent },
    });
  const refresh = (refresh_token: string, extra: Record<string, string> = {}) =>
    app.call("POST", "/api/v1/login/refresh", { form: { refresh_token, ...extra } });
  const me = (token: string) => app.call("GET", "/api/v1/users/me", { token });
  const sessions = (token: string) => app.call("GET", "/api/v1/users/me/sessions", { token });

  async function twoLogins() {
    const user = await signUpAndLogIn(app);
    const second = await logIn(user.email, user.password, "second-device/2.0");
    return { user, first: user.token, second: second.body.access_token as string, refreshOfSecond: second.body };
  }

  describe("POST /login/access-token", () => {
    it("answers the reference's fields plus expires_in and refresh_token, never cached", async () => {
      const user = await signUpAndLogIn(app);
      const response = await logIn(user.email, user.password);
      expect(response.status).toBe(200);
      expect(Object.keys(response.body).sort()).toEqual(["access_token", "expires_in", "refresh_token", "token_type"]);
      expect(response.body).toMatchObject({ token_type: "bearer", expires_in: 11520 * 60 });
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect((await me(response.body.access_token)).status).toBe(200);
    });
  });

  describe("POST /login/refresh", () => {
    it("rotates: the new tokens work, the access token stays in the same session", async () => {
      const user = await signUpAndLogIn(app);
      const login = await logIn(user.email, user.password);
      const rotated = await refresh(login.body.refresh_token, { grant_type: "refresh_token" });
      expect(rotated.status).toBe(200);
      expect(rotated.headers.get("cache-control")).toBe("no-store");
      expect(rotated.body.refresh_token).not.toBe(login.body.refresh_token);
      expect((await me(rotated.body.access_token)).status).toBe(200);
      const listed = await sessions(rotated.body.access_token);
      expect(listed.body.count).toBe(2);
      const again = await refresh(rotated.body.refresh_token);
      expect(again.status).toBe(200);
    });

    it("revokes the whole session when a spent refresh token comes back (reuse)", async () => {
      const user = await signUpAndLogIn(app);
      const login = await logIn(user.email, user.password);
      const rotated = await refresh(login.body.refresh_token);
      const reuse = await refresh(login.body.refresh_token);
      expect(reuse).toMatchObject({ status: 400, body: invalidRefresh });
      expect(await refresh(rotated.body.refresh_token)).toMatchObject({ status: 400, body: invalidRefresh });
      expect(await me(rotated.body.access_token)).toMatchObject({ status: 403, body: invalidCredentials });
      expect(await me(login.body.access_token)).toMatchObject({ status: 403, body: invalidCredentials });
      expect((await me(user.token)).status).toBe(200);
    });

    it("refuses a forged token that names a real session without revoking that session", async () => {
      const user = await signUpAndLogIn(app);
      const login = await logIn(user.email, user.password);
      const [sessionId] = (login.body.refresh_token as string).split(".");
      for (const forged of [`${sessionId}.guessed-secret`, `${sessionId}.guessed-secret.bad-mac`]) {
        expect(await refresh(forged)).toMatchObject({ status: 400, body: invalidRefresh });
      }
      expect((await me(login.body.access_token)).status).toBe(200);
      expect((await refresh(login.body.refresh_token)).status).toBe(200);
    });

    it("refuses unknown, malformed, revoked-session and wrongly typed grants with 400 or 422", async () => {
      const user = await signUpAndLogIn(app);
      const login = await logIn(user.email, user.password);
      expect(await refresh("")).toMatchObject({ status: 400, body: invalidRefresh });
      expect(await refresh("not-a-token")).toMatchObject({ status: 400, body: invalidRefresh });
      expect(await refresh(`${randomUUID()}.secret.mac`)).toMatchObject({ status: 400, body: invalidRefresh });
      expect((await refresh(login.body.refresh_token, { grant_type: "password" })).status).toBe(422);
      expect((await app.call("POST", "/api/v1/login/refresh", { form: {} })).status).toBe(422);
      await app.call("POST", "/api/v1/logout", { token: login.body.access_token });
      expect(await refresh(login.body.refresh_token)).toMatchObject({ status: 400, body: invalidRefresh });
    });

    it("refuses the refresh of a deactivated user's session", async () => {
      const user = await signUpAndLogIn(app);
      const login = await logIn(user.email, user.password);
      const admin = await app.superuserToken();
      await app.call("PATCH", `/api/v1/users/${user.id}`, { token: admin, json: { is_active: false } });
      expect(await refresh(login.body.refresh_token)).toMatchObject({ status: 400, body: invalidRefresh });
    });
  });

  describe("POST /logout", () => {
    it("ends the current session only; its token then answers 403", async () => {
      const { first, second } = await twoLogins();
      const out = await app.call("POST", "/api/v1/logout", { token: first });
      expect(out).toMatchObject({ status: 200, body: { message: "Logged out" } });
      expect(await me(first)).toMatchObject({ status: 403, body: invalidCredentials });
      expect((await me(second)).status).toBe(200);
    });

    it("needs an authenticated caller", async () => {
      const anonymous = await app.call("POST", "/api/v1/logout");
      expect(anonymous).toMatchObject({ status: 401, body: { detail: "Not authenticated" } });
      expect(anonymous.headers.get("www-authenticate")).toBe("Bearer");
    });
  });

  describe("GET /users/me/sessions", () => {
    it("records the client address the limits see: the TCP peer, not a forged X-Forwarded-For", async () => {
      const user = await signUpAndLogIn(app);
      const forged = await app.call("POST", "/api/v1/login/access-token", {
        form: { username: user.email, password: user.password },
        headers: { "x-forwarded-for": "203.0.113.9" },
      });
      const listed = await sessions(forged.body.access_token);
      const current = listed.body.data.find((session: { current: boolean }) => session.current);
      expect(current.ip_address).toBe("127.0.0.1");
    });

    it("lists the caller's live sessions, newest use first, marking the current one", async () => {
      const { first, second } = await twoLogins();
      await me(first);
      const listed = await sessions(second);
      expect(listed.status).toBe(200);
      expect(listed.body.count).toBe(2);
      expect(listed.body.data).toHaveLength(2);
      const current = listed.body.data.find((session: { current: boolean }) => session.current);
      expect(current).toMatchObject({ user_agent: "second-device/2.0", ip_address: expect.any(String) });
      expect(Object.keys(current).sort()).toEqual(
        ["created_at", "current", "expires_at", "id", "ip_address", "last_used_at", "user_agent"].sort(),
      );
      const usedAt = listed.body.data.map((session: { last_used_at: string }) => session.last_used_at);
      expect([...usedAt].sort().reverse()).toEqual(usedAt);
      await app.call("POST", "/api/v1/logout", { token: first });
      expect((await sessions(second)).body.count).toBe(1);
    });

    it("needs an authenticated caller", async () => {
      expect((await app.call("GET", "/api/v1/users/me/sessions")).status).toBe(401);
    });

    it("does not record a use again within a minute of the last one", async () => {
      const user = await signUpAndLogIn(app);
      await me(user.token);
      await me(user.token);
      const [session] = (await sessions(user.token)).body.data;
      expect(session.last_used_at).toBe(session.created_at);
    });
  });

  describe("DELETE /users/me/sessions/{session_id}", () => {
    it("revokes that session; its token then answers 403; a second time it is not found", async () => {
      const { first, second } = await twoLogins();
      const listed = await sessions(second);
      const other = listed.body.data.find((session: { current: boolean }) => !session.current);
      const path = `/api/v1/users/me/sessions/${other.id}`;
      expect(await app.call("DELETE", path, { token: second })).toMatchObject({
        status: 200,
        body: { message: "Session revoked" },
      });
      expect(await me(first)).toMatchObject({ status: 403, body: invalidCredentials });
      expect(await app.call("DELETE", path, { token: second })).toMatchObject({
        status: 404,
        body: { detail: "Session not found" },
      });
    });

    it("answers 404 for another user's session and an unknown id, 422 for a malformed one", async () => {
      const alice = await twoLogins();
      const bob = await signUpAndLogIn(app);
      const aliceSession = (await sessions(alice.first)).body.data[0].id;
      const notFound = { status: 404, body: { detail: "Session not found" } };
      expect(await app.call("DELETE", `/api/v1/users/me/sessions/${aliceSession}`, { token: bob.token })).toMatchObject(
        notFound,
      );
      expect((await me(alice.first)).status).toBe(200);
      const unknown = `/api/v1/users/me/sessions/${randomUUID()}`;
      expect(await app.call("DELETE", unknown, { token: bob.token })).toMatchObject(notFound);
      expect((await app.call("DELETE", "/api/v1/users/me/sessions/nope", { token: bob.token })).status).toBe(422);
    });
  });

  describe("DELETE /users/me/sessions", () => {
    it("revokes every other session of the caller and keeps the current one", async () => {
      const { first, second } = await twoLogins();
      const bystander = await signUpAndLogIn(app);
      expect(await app.call("DELETE", "/api/v1/users/me/sessions", { token: second })).toMatchObject({
        status: 200,
        body: { message: "Other sessions revoked" },
      });
      expect(await me(first)).toMatchObject({ status: 403, body: invalidCredentials });
      expect((await me(second)).status).toBe(200);
      expect((await me(bystander.token)).status).toBe(200);
    });
  });

  it("puts no token in any response header (only the cookie in Set-Cookie)", async () => {
    const user = await signUpAndLogIn(app);
    const login = await logIn(user.email, user.password);
    const rotated = await refresh(login.body.refresh_token);
    const secrets = [login.body.access_token, login.body.refresh_token, rotated.body.access_token];
    for (const response of [login, rotated, await me(rotated.body.access_token)]) {
      for (const [name, value] of response.headers) {
        if (name === "set-cookie") continue;
        for (const secret of secrets) expect(value).not.toContain(secret);
      }
    }
  });
});
