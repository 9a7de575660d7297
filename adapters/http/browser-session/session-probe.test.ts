import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpAndLogIn, startTestApp, type TestApp } from "../../testing/test-app.js";
import { testDatabaseKinds } from "../../testing/test-database.js";

const origin = "http://localhost:5173";

describe.each(testDatabaseKinds())("GET /api/v1/session on %s", (database) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ database });
  });
  afterAll(() => app?.close());

  async function cookieOf(email: string, password: string): Promise<string> {
    const login = await app.call("POST", "/api/v1/login/session", {
      form: { username: email, password },
      headers: { origin },
    });
    const value = /aygentic_session=([^;]*)/.exec(login.headers.getSetCookie().join("\n"))?.[1];
    return `aygentic_session=${value}`;
  }

  it("answers 200 with no user to a visitor without credentials, while /users/me still answers 401", async () => {
    const probe = await app.call("GET", "/api/v1/session");
    expect(probe).toMatchObject({ status: 200, body: { user: null } });
    expect(probe.headers.get("cache-control")).toBe("no-store");
    expect(await app.call("GET", "/api/v1/users/me")).toMatchObject({
      status: 401,
      body: { detail: "Not authenticated" },
    });
  });

  it("answers the signed-in user for a session cookie or a bearer token", async () => {
    const user = await signUpAndLogIn(app, { fullName: "Probe Person" });
    const cookie = await cookieOf(user.email, user.password);
    const byCookie = await app.call("GET", "/api/v1/session", { headers: { cookie } });
    expect(byCookie).toMatchObject({
      status: 200,
      body: { user: { id: user.id, email: user.email, full_name: "Probe Person", is_active: true } },
    });
    const byToken = await app.call("GET", "/api/v1/session", { token: user.token });
    expect(byToken.body.user.id).toBe(user.id);
  });

  it("answers no user, and clears the cookie, once the session has ended", async () => {
    const user = await signUpAndLogIn(app);
    const cookie = await cookieOf(user.email, user.password);
    await app.call("POST", "/api/v1/logout", { headers: { cookie, origin } });
    const probe = await app.call("GET", "/api/v1/session", { headers: { cookie } });
    expect(probe).toMatchObject({ status: 200, body: { user: null } });
    expect(probe.headers.getSetCookie().join("\n")).toMatch(/aygentic_session=; Max-Age=0/);
  });

  it("answers no user for a token it cannot validate", async () => {
    const probe = await app.call("GET", "/api/v1/session", { token: "not-a-token" });
    expect(probe).toMatchObject({ status: 200, body: { user: null } });
  });
});
