import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { TestBrowser, throughDevLogin } from "../../identity/testing/test-browser.js";
import { signUpAndLogIn, startTestApp, type TestApp } from "../../testing/test-app.js";
import { codeOf, enableTotp } from "../two-factor/two-factor-test-client.js";

const FRONTEND = "http://spa.example.test";
const withDev = { OIDC_DEV_PROVIDER: "true", FRONTEND_HOST: FRONTEND };

const hostOf = (app: TestApp) => new URL(app.baseUrl).host;
const sessionCookie = (browser: TestBrowser, app: TestApp) => browser.cookie(hostOf(app), "aygentic_session");

async function signIn(app: TestApp, account: string, browser = new TestBrowser(), query = "") {
  const callback = await throughDevLogin(browser, `${app.baseUrl}/api/v1/login/oidc/dev${query}`, account);
  const landed = await browser.request(callback);
  return { browser, callback, landed };
}

async function me(app: TestApp, browser: TestBrowser) {
  const cookie = sessionCookie(browser, app);
  return app.call("GET", "/api/v1/users/me", { headers: cookie ? { cookie: `aygentic_session=${cookie}` } : {} });
}

async function verifyEmail(app: TestApp, email: string) {
  await app.knex("user").where({ email }).update({ email_verified_at: new Date() });
}

describe("sign-in with no identity provider configured", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => app?.close());

  it("offers no provider and answers 404 on every provider route", async () => {
    expect((await app.call("GET", "/api/v1/login/providers")).body).toEqual([]);
    expect((await app.call("GET", "/api/v1/login/oidc/dev")).status).toBe(404);
    expect((await app.call("GET", "/api/v1/login/oidc/dev/callback?code=x&state=y")).status).toBe(404);
    const { token } = await signUpAndLogIn(app);
    expect((await app.call("GET", "/api/v1/users/me/identities/dev/link", { token })).status).toBe(404);
    expect((await app.call("GET", "/api/v1/users/me/identities", { token })).body).toEqual({ data: [], count: 0 });
  });
});

describe("sign-in with the development provider", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ env: withDev });
  });
  afterAll(async () => app?.close());
  afterEach(async () => {
    await app.knex("user").whereLike("email", "dev-%").delete();
  });

  it("lists the provider for the SPA's buttons", async () => {
    expect((await app.call("GET", "/api/v1/login/providers")).body).toEqual([{ name: "dev", label: "Dev login" }]);
  });

  it("sends the browser to the provider with state, nonce and PKCE S256", async () => {
    const browser = new TestBrowser();
    const started = await browser.request(`${app.baseUrl}/api/v1/login/oidc/dev`);
    expect(started.status).toBe(302);
    const location = new URL(started.location ?? "");
    expect(location.searchParams.get("code_challenge_method")).toBe("S256");
    for (const name of ["state", "nonce", "code_challenge"]) expect(location.searchParams.get(name)).toBeTruthy();
    expect(location.searchParams.get("redirect_uri")).toBe(`${app.baseUrl}/api/v1/login/oidc/dev/callback`);
    expect(started.response.headers.get("set-cookie")).toMatch(
      /aygentic_session_oidc=.+; Max-Age=600; Path=\/; HttpOnly; SameSite=Lax/,
    );
  });

  it("ignores forwarded headers for the redirect URI when no proxy is trusted", async () => {
    const forwarded = { "x-forwarded-proto": "https", "x-forwarded-host": "evil.example" };
    const started = await new TestBrowser().request(`${app.baseUrl}/api/v1/login/oidc/dev`, { headers: forwarded });
    const redirectUri = new URL(started.location ?? "").searchParams.get("redirect_uri");
    expect(redirectUri).toBe(`${app.baseUrl}/api/v1/login/oidc/dev/callback`);
  });

  it("creates a new user with a verified address and no password, signed in by a cookie session", async () => {
    const { browser, landed } = await signIn(app, "dev-alice", undefined, "?next=/items%3Fpage%3D2");
    expect(landed).toMatchObject({ status: 302, location: `${FRONTEND}/items?page=2` });
    const user = await me(app, browser);
    expect(user.body).toMatchObject({ email: "dev-alice@example.com", full_name: "Alice Dev" });
    const row = await app.knex("user").where({ email: "dev-alice@example.com" }).first();
    expect(row.hashed_password).toBeNull();
    expect(row.email_verified_at).not.toBeNull();
    const cookie = { cookie: `aygentic_session=${sessionCookie(browser, app)}` };
    const identities = await app.call("GET", "/api/v1/users/me/identities", { headers: cookie });
    expect(identities.body).toMatchObject({ count: 1, data: [{ provider: "dev", email: "dev-alice@example.com" }] });
    const login = await app.knex("audit_event").where({ action: "auth.login", actor_id: row.id }).first();
    expect(login.details).toMatchObject({ method: "oidc", provider: "dev" });
  });

  it("signs a returning user in as the same account", async () => {
    const first = await signIn(app, "dev-alice");
    const again = await signIn(app, "dev-alice");
    expect(again.landed.location).toBe(`${FRONTEND}/`);
    expect((await me(app, again.browser)).body.id).toBe((await me(app, first.browser)).body.id);
  });

  it("refuses a password login to a user without a password, as a wrong password", async () => {
    await signIn(app, "dev-alice");
    const login = await app.call("POST", "/api/v1/login/access-token", {
      form: { username: "dev-alice@example.com", password: "any-password-at-all" },
    });
    expect(login).toMatchObject({ status: 400, body: { detail: "Incorrect email or password" } });
  });

  it("lets a user without a password set one through password recovery, not through a password change", async () => {
    const { browser } = await signIn(app, "dev-alice");
    const cookie = { cookie: `aygentic_session=${sessionCookie(browser, app)}`, origin: FRONTEND };
    const change = await app.call("PATCH", "/api/v1/users/me/password", {
      headers: cookie,
      json: { current_password: "guessed-password", new_password: "a-new-password" },
    });
    expect(change).toMatchObject({ status: 400, body: { detail: "Incorrect password" } });
    const token = await app.superuserToken();
    const preview = await app.call("POST", "/api/v1/password-recovery-html-content/dev-alice@example.com", { token });
    const resetToken = /token=([\w.-]+)/.exec(preview.body)?.[1] ?? "";
    const reset = await app.call("POST", "/api/v1/reset-password/", {
      json: { token: resetToken, new_password: "a-new-password" },
    });
    expect(reset).toMatchObject({ status: 200, body: { message: "Password updated successfully" } });
    const login = await app.call("POST", "/api/v1/login/access-token", {
      form: { username: "dev-alice@example.com", password: "a-new-password" },
    });
    expect(login.status).toBe(200);
    const again = await app.call("POST", "/api/v1/reset-password/", {
      json: { token: resetToken, new_password: "another-password" },
    });
    expect(again).toMatchObject({ status: 400, body: { detail: "Invalid token" } });
  });

  it("refuses next values that leave the app", async () => {
    for (const next of ["https://evil.example", "//evil.example", "/\\evil.example", "evil"]) {
      const answer = await app.call("GET", `/api/v1/login/oidc/dev?next=${encodeURIComponent(next)}`);
      expect(answer.status).toBe(400);
    }
  });

  it("does not link a local account whose address is unproved: no session, the SPA says why", async () => {
    await signUpAndLogIn(app, { email: "dev-alice@example.com" });
    const { browser, landed } = await signIn(app, "dev-alice");
    expect(landed.location).toBe(`${FRONTEND}/login?error=link_requires_password&provider=dev`);
    expect(sessionCookie(browser, app)).toBeNull();
    const user = await app.knex("user").where({ email: "dev-alice@example.com" }).first();
    expect(await app.knex("user_identity").where({ user_id: user.id })).toEqual([]);
  });

  it("does not link a verified local account when the provider does not vouch for the address", async () => {
    await signUpAndLogIn(app, { email: "dev-bob@example.com" });
    await verifyEmail(app, "dev-bob@example.com");
    const { browser, landed } = await signIn(app, "dev-bob");
    expect(landed.location).toBe(`${FRONTEND}/login?error=link_requires_password&provider=dev`);
    expect(sessionCookie(browser, app)).toBeNull();
  });

  it("links a verified local account when the provider vouches for the address", async () => {
    const local = await signUpAndLogIn(app, { email: "dev-alice@example.com" });
    await verifyEmail(app, "dev-alice@example.com");
    const { browser, landed } = await signIn(app, "dev-alice");
    expect(landed.location).toBe(`${FRONTEND}/`);
    expect((await me(app, browser)).body.id).toBe(local.id);
  });

  it("asks an account with two-factor authentication for its second factor on the login page, with no session yet", async () => {
    const local = await signUpAndLogIn(app, { email: "dev-alice@example.com" });
    await verifyEmail(app, "dev-alice@example.com");
    const { uri } = await enableTotp(app, local.token, local.password);
    const { browser, landed } = await signIn(app, "dev-alice");
    const location = new URL(landed.location ?? "");
    expect(`${location.origin}${location.pathname}${location.search}`).toBe(`${FRONTEND}/login`);
    const handover = new URLSearchParams(location.hash.slice(1));
    expect(handover.get("methods")).toBe("totp,recovery_code");
    expect(sessionCookie(browser, app)).toBeNull();
    const mfa_token = handover.get("mfa_token");
    const done = await app.call("POST", "/api/v1/login/mfa", {
      json: { mfa_token, code: codeOf(uri, 1) },
      headers: { origin: FRONTEND },
    });
    expect(done).toMatchObject({ status: 200, body: { id: local.id } });
    expect(done.headers.getSetCookie().join("\n")).toMatch(/aygentic_session=/);
  });

  it("refuses a tampered state without a session", async () => {
    const browser = new TestBrowser();
    const callback = new URL(await throughDevLogin(browser, `${app.baseUrl}/api/v1/login/oidc/dev`, "dev-alice"));
    callback.searchParams.set("state", `${callback.searchParams.get("state")}x`);
    const landed = await browser.request(callback.href);
    expect(landed.location).toBe(`${FRONTEND}/login?error=invalid_state&provider=dev`);
    expect(sessionCookie(browser, app)).toBeNull();
  });

  it("refuses a callback from another browser (no pending flow)", async () => {
    const callback = await throughDevLogin(new TestBrowser(), `${app.baseUrl}/api/v1/login/oidc/dev`, "dev-alice");
    const elsewhere = new TestBrowser();
    const landed = await elsewhere.request(callback);
    expect(landed.location).toBe(`${FRONTEND}/login?error=invalid_state&provider=dev`);
    expect(sessionCookie(elsewhere, app)).toBeNull();
  });

  it("refuses a replayed code, even with the pending flow cookie sent again", async () => {
    const browser = new TestBrowser();
    const callback = await throughDevLogin(browser, `${app.baseUrl}/api/v1/login/oidc/dev`, "dev-alice");
    const flow = browser.cookie(hostOf(app), "aygentic_session_oidc") ?? "";
    expect((await browser.request(callback)).location).toBe(`${FRONTEND}/`);
    const attacker = new TestBrowser();
    attacker.setCookie(hostOf(app), "aygentic_session_oidc", flow);
    const replayed = await attacker.request(callback);
    expect(replayed.location).toBe(`${FRONTEND}/login?error=provider_error&provider=dev`);
    expect(sessionCookie(attacker, app)).toBeNull();
  });

  it("refuses a cancelled sign-in", async () => {
    const browser = new TestBrowser();
    const started = await browser.request(`${app.baseUrl}/api/v1/login/oidc/dev`);
    const interaction = (await browser.request(started.location ?? "")).location ?? "";
    let hop = await browser.request(`${interaction}/abort`, { form: {} });
    while (hop.location && !hop.location.includes("/callback?")) hop = await browser.request(hop.location);
    const landed = await browser.request(hop.location ?? "");
    expect(landed.location).toBe(`${FRONTEND}/login?error=access_denied&provider=dev`);
  });

  it("links an identity from Settings to the signed-in user, and refuses one linked to another user", async () => {
    const owner = await signIn(app, "dev-carol");
    const local = await signUpAndLogIn(app);
    const browser = new TestBrowser();
    const login = await browser.request(`${app.baseUrl}/api/v1/login/session`, {
      form: { username: local.email, password: local.password },
      headers: { origin: FRONTEND },
    });
    expect(login.status).toBe(200);
    const linkStart = `${app.baseUrl}/api/v1/users/me/identities/dev/link`;
    const refused = await browser.request(await throughDevLogin(browser, linkStart, "dev-carol"));
    expect(refused.location).toBe(`${FRONTEND}/settings?tab=security&error=linked_elsewhere&provider=dev`);
    await app
      .knex("user")
      .where({ id: (await me(app, owner.browser)).body.id })
      .delete();
    const linked = await browser.request(await throughDevLogin(browser, linkStart, "dev-carol"));
    expect(linked.location).toBe(`${FRONTEND}/settings?tab=security&linked=dev`);
    const identities = await app.call("GET", "/api/v1/users/me/identities", { token: local.token });
    expect(identities.body).toMatchObject({ count: 1, data: [{ provider: "dev", email: "dev-carol@example.com" }] });
    const again = await signIn(app, "dev-carol");
    expect((await me(app, again.browser)).body.id).toBe(local.id);
    const unlinked = await app.call("DELETE", `/api/v1/users/me/identities/${identities.body.data[0].id}`, {
      token: local.token,
    });
    expect(unlinked).toMatchObject({ status: 200, body: { message: "Identity unlinked" } });
    await app.knex("user").where({ id: local.id }).delete();
  });

  it("refuses to unlink the only way in of a user without a password", async () => {
    const { browser } = await signIn(app, "dev-alice");
    const cookie = { cookie: `aygentic_session=${sessionCookie(browser, app)}`, origin: FRONTEND };
    const identities = await app.call("GET", "/api/v1/users/me/identities", { headers: cookie });
    const answer = await app.call("DELETE", `/api/v1/users/me/identities/${identities.body.data[0].id}`, {
      headers: cookie,
    });
    expect(answer).toMatchObject({ status: 400, body: { detail: "You cannot remove your only way to sign in" } });
    const missing = await app.call("DELETE", "/api/v1/users/me/identities/00000000-0000-4000-8000-000000000000", {
      headers: cookie,
    });
    expect(missing).toMatchObject({ status: 404, body: { detail: "Identity not found" } });
  });
});

describe("sign-in with a misbehaving provider or a closed registration", () => {
  const apps: TestApp[] = [];
  afterAll(async () => {
    await Promise.all(apps.map((app) => app.close()));
  });

  it("refuses an ID token whose nonce is not the one sent", async () => {
    const app = await startTestApp({ env: withDev, devIdentityProvider: { alterNonce: true } });
    apps.push(app);
    const { browser, landed } = await signIn(app, "dev-alice");
    expect(landed.location).toBe(`${FRONTEND}/login?error=provider_error&provider=dev`);
    expect(sessionCookie(browser, app)).toBeNull();
    expect(await app.knex("user").where({ email: "dev-alice@example.com" })).toEqual([]);
  });

  it("refuses an expired ID token", async () => {
    const twoHoursAhead = { now: () => new Date(Date.now() + 2 * 60 * 60 * 1000) };
    const app = await startTestApp({ env: withDev, clock: twoHoursAhead });
    apps.push(app);
    const { browser, landed } = await signIn(app, "dev-alice");
    expect(landed.location).toBe(`${FRONTEND}/login?error=provider_error&provider=dev`);
    expect(sessionCookie(browser, app)).toBeNull();
  });

  it("builds the redirect URI from a trusted proxy's forwarded headers, or from OIDC_REDIRECT_BASE", async () => {
    const proxied = await startTestApp({ env: { ...withDev, TRUSTED_PROXIES: "1" } });
    apps.push(proxied);
    const forwarded = { "x-forwarded-proto": "https", "x-forwarded-host": "api.example.com" };
    const started = await new TestBrowser().request(`${proxied.baseUrl}/api/v1/login/oidc/dev`, { headers: forwarded });
    expect(new URL(started.location ?? "").searchParams.get("redirect_uri")).toBe(
      "https://api.example.com/api/v1/login/oidc/dev/callback",
    );
    const fixed = await startTestApp({ env: { ...withDev, OIDC_REDIRECT_BASE: "https://id.example.com" } });
    apps.push(fixed);
    const atBase = await new TestBrowser().request(`${fixed.baseUrl}/api/v1/login/oidc/dev`, { headers: forwarded });
    expect(new URL(atBase.location ?? "").searchParams.get("redirect_uri")).toBe(
      "https://id.example.com/api/v1/login/oidc/dev/callback",
    );
  });

  it("creates no account when open registration is off", async () => {
    const app = await startTestApp({ env: { ...withDev, USERS_OPEN_REGISTRATION: "false" } });
    apps.push(app);
    const { landed } = await signIn(app, "dev-alice");
    expect(landed.location).toBe(`${FRONTEND}/login?error=registration_closed&provider=dev`);
  });
});
