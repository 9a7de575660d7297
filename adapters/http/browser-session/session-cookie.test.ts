import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CallResult, signUpAndLogIn, startTestApp, type TestApp } from "../../testing/test-app.js";
import { testDatabaseKinds } from "../../testing/test-database.js";

const allowedOrigin = "http://localhost:5173";
const csrfFailed = { status: 403, body: { detail: "CSRF check failed" } };
const notAuthenticated = { status: 401, body: { detail: "Not authenticated" } };

const setCookieOf = (response: CallResult): string => response.headers.getSetCookie().join("\n");
const cookieValueOf = (response: CallResult): string =>
  /aygentic_session=([^;]*)/.exec(setCookieOf(response))?.[1] ?? "";

async function cookieLogIn(app: TestApp, username: string, password: string) {
  const response = await app.call("POST", "/api/v1/login/session", {
    form: { username, password },
    headers: { origin: allowedOrigin },
  });
  return { response, cookie: `aygentic_session=${cookieValueOf(response)}` };
}

describe.each(testDatabaseKinds())("the session cookie on %s", (database) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ database });
  });
  afterAll(() => app?.close());

  async function browser() {
    const user = await signUpAndLogIn(app);
    const { cookie } = await cookieLogIn(app, user.email, user.password);
    const as = (method: string, path: string, headers: Record<string, string> = {}, json?: unknown) =>
      app.call(method, `/api/v1${path}`, { headers: { cookie, ...headers }, json });
    return { user, cookie, as };
  }

  describe("POST /login/session", () => {
    it("answers the user and sets an opaque HttpOnly, SameSite=Lax cookie for the session's lifetime", async () => {
      const user = await signUpAndLogIn(app);
      const { response } = await cookieLogIn(app, user.email, user.password);
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ id: user.id, email: user.email, is_active: true });
      expect(response.headers.get("cache-control")).toBe("no-store");
      const header = setCookieOf(response);
      expect(header).toMatch(/; Path=\/; HttpOnly; SameSite=Lax$/);
      expect(header).not.toMatch(/Secure/);
      const maxAge = Number(/Max-Age=(\d+)/.exec(header)?.[1]);
      expect(maxAge).toBeGreaterThan(30 * 86400 - 60);
      expect(maxAge).toBeLessThanOrEqual(30 * 86400);
      expect(Buffer.from(cookieValueOf(response), "base64url").length).toBeGreaterThanOrEqual(32);
      expect(JSON.stringify(response.body)).not.toContain(cookieValueOf(response));
    });

    it("refuses wrong credentials and a missing field, setting no cookie", async () => {
      const user = await signUpAndLogIn(app);
      const wrong = await cookieLogIn(app, user.email, "not-the-password");
      expect(wrong.response).toMatchObject({ status: 400, body: { detail: "Incorrect email or password" } });
      expect(setCookieOf(wrong.response)).toBe("");
      const missing = await app.call("POST", "/api/v1/login/session", {
        form: { username: user.email },
        headers: { origin: allowedOrigin },
      });
      expect(missing.status).toBe(422);
      expect(setCookieOf(missing)).toBe("");
    });
  });

  it("authenticates reads by the cookie alone, and lists its session as the current one", async () => {
    const { user, as } = await browser();
    expect(await as("GET", "/users/me")).toMatchObject({ status: 200, body: { id: user.id } });
    const listed = await as("GET", "/users/me/sessions");
    expect(listed.body.data.filter((session: { current: boolean }) => session.current)).toHaveLength(1);
  });

  describe("forgery defence on unsafe methods", () => {
    const rename = { full_name: "Changed" };

    it("refuses a cookie request without Origin or Referer, or from a foreign origin", async () => {
      const { as } = await browser();
      expect(await as("PATCH", "/users/me", {}, rename)).toMatchObject(csrfFailed);
      expect(await as("PATCH", "/users/me", { origin: "https://evil.example" }, rename)).toMatchObject(csrfFailed);
      expect(await as("PATCH", "/users/me", { origin: "null" }, rename)).toMatchObject(csrfFailed);
      const referer = { referer: "https://evil.example/page" };
      expect(await as("PATCH", "/users/me", referer, rename)).toMatchObject(csrfFailed);
      expect((await as("GET", "/users/me")).body.full_name).toBeNull();
    });

    it("accepts an allowed Origin, or failing that the origin of Referer", async () => {
      const { as } = await browser();
      expect((await as("PATCH", "/users/me", { origin: allowedOrigin }, rename)).status).toBe(200);
      const referer = { referer: `${allowedOrigin}/settings?tab=profile` };
      expect((await as("PATCH", "/users/me", referer, { full_name: "Again" })).status).toBe(200);
      expect((await as("GET", "/users/me")).body.full_name).toBe("Again");
    });

    it("refuses a cross-site form post on a JSON endpoint, changing nothing", async () => {
      const { user, cookie } = await browser();
      const headers = { cookie, origin: "https://evil.example" };
      const form = { current_password: user.password, new_password: "hijacked-password" };
      const posted = await app.call("PATCH", "/api/v1/users/me/password", { headers, form });
      expect(posted).toMatchObject(csrfFailed);
      const login = await app.call("POST", "/api/v1/login/access-token", {
        form: { username: user.email, password: user.password },
      });
      expect(login.status).toBe(200);
    });

    it("does not check bearer requests, and the Authorization header alone decides when present", async () => {
      const { user, cookie } = await browser();
      const withBearer = await app.call("PATCH", "/api/v1/users/me", {
        token: user.token,
        headers: { cookie },
        json: rename,
      });
      expect(withBearer.status).toBe(200);
      const badBearer = await app.call("GET", "/api/v1/users/me", { token: "garbage", headers: { cookie } });
      expect(badBearer).toMatchObject({ status: 403, body: { detail: "Could not validate credentials" } });
    });
  });

  describe("POST /logout with the cookie", () => {
    it("ends the session and clears the cookie; the old cookie then answers 401 and is cleared again", async () => {
      const { as } = await browser();
      expect(await as("POST", "/logout")).toMatchObject(csrfFailed);
      const out = await as("POST", "/logout", { origin: allowedOrigin });
      expect(out).toMatchObject({ status: 200, body: { message: "Logged out" } });
      expect(out.headers.get("cache-control")).toBe("no-store");
      expect(setCookieOf(out)).toMatch(/^aygentic_session=; Max-Age=0; Path=\/; HttpOnly; SameSite=Lax$/);
      const after = await as("GET", "/users/me");
      expect(after).toMatchObject(notAuthenticated);
      expect(after.headers.get("www-authenticate")).toBe("Bearer");
      expect(setCookieOf(after)).toMatch(/^aygentic_session=; Max-Age=0/);
    });
  });

  it("answers 401 and clears a cookie revoked from another device or never issued", async () => {
    const { user, as } = await browser();
    const bearer = user.token;
    expect((await app.call("DELETE", "/api/v1/users/me/sessions", { token: bearer })).status).toBe(200);
    const revoked = await as("GET", "/users/me");
    expect(revoked).toMatchObject(notAuthenticated);
    expect(setCookieOf(revoked)).toMatch(/Max-Age=0/);
    const unknown = await app.call("GET", "/api/v1/users/me", { headers: { cookie: "aygentic_session=made-up" } });
    expect(unknown).toMatchObject(notAuthenticated);
    expect(setCookieOf(unknown)).toMatch(/Max-Age=0/);
  });

  it("answers 401 to a deactivated user's cookie: its session ended with the deactivation", async () => {
    const { user, as } = await browser();
    const admin = await app.superuserToken();
    await app.call("PATCH", `/api/v1/users/${user.id}`, { token: admin, json: { is_active: false } });
    expect(await as("GET", "/users/me")).toMatchObject(notAuthenticated);
  });
});

describe("the forgery check with the SPA served, as every image ships it", () => {
  const frontendHost = "https://dashboard.example.com";
  const corsOrigin = "https://admin.example.com";
  const evil = "https://evil.example";
  let dist: string;
  let app: TestApp;
  beforeAll(async () => {
    dist = await mkdtemp(join(tmpdir(), "aygentic-spa-"));
    await writeFile(join(dist, "index.html"), "<!doctype html><title>spa</title>");
    app = await startTestApp({
      env: { WEB_DIST: dist, FRONTEND_HOST: frontendHost, BACKEND_CORS_ORIGINS: corsOrigin },
    });
  });
  afterAll(async () => {
    await app?.close();
    await rm(dist, { recursive: true, force: true });
  });

  async function loggedIn() {
    const user = await signUpAndLogIn(app);
    const headers = { origin: frontendHost };
    const login = await app.call("POST", "/api/v1/login/session", {
      form: { username: user.email, password: user.password },
      headers,
    });
    expect(login.status).toBe(200);
    return { user, cookie: `aygentic_session=${cookieValueOf(login)}` };
  }

  it("refuses a cookie PATCH from a foreign origin, and from the address the request itself names", async () => {
    const { cookie } = await loggedIn();
    for (const origin of [evil, app.baseUrl]) {
      const patched = await app.call("PATCH", "/api/v1/users/me", {
        headers: { cookie, origin },
        json: { full_name: "Forged" },
      });
      expect(patched).toMatchObject(csrfFailed);
    }
    expect((await app.call("GET", "/api/v1/users/me", { headers: { cookie } })).body.full_name).toBeNull();
  });

  it("refuses a cross-site text/plain POST /logout, leaving the session alive", async () => {
    const { cookie } = await loggedIn();
    const headers = { cookie, origin: evil, "content-type": "text/plain" };
    const out = await app.call("POST", "/api/v1/logout", { headers });
    expect(out).toMatchObject(csrfFailed);
    expect(setCookieOf(out)).toBe("");
    expect((await app.call("GET", "/api/v1/users/me", { headers: { cookie } })).status).toBe(200);
  });

  it("refuses a cookie login from a foreign origin or with no origin at all, setting no cookie", async () => {
    const user = await signUpAndLogIn(app);
    const form = { username: user.email, password: user.password };
    const foreign: Record<string, string>[] = [{ origin: evil }, { referer: `${evil}/login` }, {}];
    for (const headers of foreign) {
      const login = await app.call("POST", "/api/v1/login/session", { form, headers });
      expect(login).toMatchObject(csrfFailed);
      expect(setCookieOf(login)).toBe("");
    }
  });

  it("allows FRONTEND_HOST and the CORS origins, by Origin or by Referer", async () => {
    const { user, cookie } = await loggedIn();
    const allowed: Record<string, string>[] = [
      { origin: frontendHost },
      { origin: corsOrigin },
      { referer: `${frontendHost}/settings` },
    ];
    for (const headers of allowed) {
      const patched = await app.call("PATCH", "/api/v1/users/me", {
        headers: { cookie, ...headers },
        json: { full_name: "Own" },
      });
      expect(patched.status).toBe(200);
    }
    const form = { username: user.email, password: user.password };
    expect((await app.call("POST", "/api/v1/login/session", { form, headers: { origin: corsOrigin } })).status).toBe(
      200,
    );
    const out = await app.call("POST", "/api/v1/logout", { headers: { cookie, origin: frontendHost } });
    expect(out).toMatchObject({ status: 200, body: { message: "Logged out" } });
  });

  it("leaves bearer logins and bearer requests unchecked", async () => {
    const user = await signUpAndLogIn(app);
    const headers = { origin: evil };
    const form = { username: user.email, password: user.password };
    expect((await app.call("POST", "/api/v1/login/access-token", { form, headers })).status).toBe(200);
    const patched = await app.call("PATCH", "/api/v1/users/me", {
      token: user.token,
      headers,
      json: { full_name: "B" },
    });
    expect(patched.status).toBe(200);
  });
});
