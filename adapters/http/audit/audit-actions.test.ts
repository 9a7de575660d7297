import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type CallResult, signUpAndLogIn, startTestApp, type TestApp } from "../../testing/test-app.js";
import { testDatabaseKinds } from "../../testing/test-database.js";

type Event = Record<string, unknown> & { action: string; details: Record<string, unknown> };

const AGENT = "audit-test/1.0";
const RESET_LINK = /\/reset-password\?token=[\w.-]+/;

/**
 * One test per action of the audit log (docs/security/audit-log.md): the request that causes it, then the event read back through the admin API
 * with its actor, target, outcome, client IP, user agent and details. The last test scans every stored row of the
 * suite for the passwords, hashes and tokens it used.
 */
describe.each(testDatabaseKinds())("audit events recorded by each action on %s", (database) => {
  let app: TestApp;
  let admin: string;
  let adminId: string;
  /** Every password and token the suite handled, for the final scan. */
  const secrets = new Set<string>();

  beforeAll(async () => {
    app = await startTestApp({ database });
    admin = await app.superuserToken();
    adminId = (await app.call("GET", "/api/v1/users/me", { token: admin })).body.id;
    secrets.add(admin);
  });
  afterAll(() => app?.close());

  const headers = { "user-agent": AGENT };
  const call = (method: string, path: string, options: Parameters<TestApp["call"]>[2] = {}) =>
    app.call(method, path, { ...options, headers: { ...headers, ...options.headers } });
  const ok = (response: CallResult): CallResult => {
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return response;
  };

  const user = async () => {
    const signedUp = await signUpAndLogIn(app);
    secrets.add(signedUp.password).add(signedUp.token);
    return signedUp;
  };
  const events = async (query: Record<string, string>): Promise<Event[]> => {
    const response = ok(await app.call("GET", `/api/v1/audit-events/?${new URLSearchParams(query)}`, { token: admin }));
    return response.body.data;
  };
  const only = async (query: Record<string, string>): Promise<Event> => {
    const found = await events(query);
    expect(found, JSON.stringify(query)).toHaveLength(1);
    return found[0] as Event;
  };
  const logIn = async (username: string, password: string) => {
    const response = await call("POST", "/api/v1/login/access-token", { form: { username, password } });
    if (response.status === 200) secrets.add(response.body.access_token).add(response.body.refresh_token);
    return response;
  };
  const fromHere = { ip_address: "127.0.0.1", user_agent: AGENT };

  it("auth.login: a bearer login, with its session, transport, IP and user agent", async () => {
    const ann = await user();
    const login = ok(await logIn(ann.email, ann.password));
    const sessionId = (login.body.refresh_token as string).split(".")[0];
    expect(await only({ action: "auth.login", target_id: sessionId as string })).toMatchObject({
      actor_id: ann.id,
      actor_email: ann.email,
      target_type: "session",
      outcome: "success",
      details: { transport: "bearer" },
      ...fromHere,
    });
  });

  it("auth.login: a cookie login", async () => {
    const ann = await user();
    const form = { username: ann.email, password: ann.password };
    ok(await call("POST", "/api/v1/login/session", { form, headers: { origin: app.config.frontendHost } }));
    const logins = await events({ action: "auth.login", actor_id: ann.id });
    expect(logins[0]).toMatchObject({ target_type: "session", details: { transport: "cookie" }, ...fromHere });
  });

  it("auth.login: failures, with the e-mail tried, the account when it exists, and the reason", async () => {
    const ann = await user();
    secrets.add("not-her-password");
    expect((await logIn(ann.email, "not-her-password")).status).toBe(400);
    expect(await only({ action: "auth.login", outcome: "failure", target_id: ann.id })).toMatchObject({
      actor_id: null,
      actor_email: ann.email,
      target_type: "user",
      details: { reason: "incorrect_credentials" },
      ...fromHere,
    });
    const ghost = `ghost-${Date.now()}@example.com`;
    expect((await logIn(ghost, "whatever-password")).status).toBe(400);
    expect(await only({ action: "auth.login", q: ghost })).toMatchObject({
      actor_id: null,
      actor_email: ghost,
      target_type: null,
      target_id: null,
      outcome: "failure",
    });
    ok(await app.call("PATCH", `/api/v1/users/${ann.id}`, { token: admin, json: { is_active: false } }));
    expect((await logIn(ann.email, ann.password)).status).toBe(400);
    const refusals = await events({ action: "auth.login", outcome: "failure", target_id: ann.id });
    expect(refusals[0]?.details).toEqual({ reason: "inactive_user" });
  });

  it("auth.logout: the session it ended", async () => {
    const ann = await user();
    ok(await call("POST", "/api/v1/logout", { token: ann.token }));
    expect(await only({ action: "auth.logout", actor_id: ann.id })).toMatchObject({
      actor_email: ann.email,
      target_type: "session",
      outcome: "success",
      ...fromHere,
    });
  });

  it("auth.session_revoked: one session, then all the others", async () => {
    const ann = await user();
    const other = ok(await logIn(ann.email, ann.password));
    const third = ok(await logIn(ann.email, ann.password));
    const otherId = (other.body.refresh_token as string).split(".")[0] as string;
    ok(await call("DELETE", `/api/v1/users/me/sessions/${otherId}`, { token: ann.token }));
    ok(await call("DELETE", "/api/v1/users/me/sessions", { token: ann.token }));
    const [all, one] = await events({ action: "auth.session_revoked", actor_id: ann.id });
    expect(one).toMatchObject({ actor_email: ann.email, target_type: "session", target_id: otherId, ...fromHere });
    expect(all).toMatchObject({
      target_type: "user",
      target_id: ann.id,
      details: { scope: "others", sessions_revoked: 1 },
    });
    expect((await app.call("GET", "/api/v1/users/me", { token: third.body.access_token })).status).toBe(403);
  });

  it("auth.refresh_reused: a spent refresh token presented again, with the session it revoked", async () => {
    const ann = await user();
    const login = ok(await logIn(ann.email, ann.password));
    const form = { refresh_token: login.body.refresh_token };
    secrets.add(ok(await call("POST", "/api/v1/login/refresh", { form })).body.refresh_token);
    expect((await call("POST", "/api/v1/login/refresh", { form })).status).toBe(400);
    expect(await only({ action: "auth.refresh_reused", target_id: ann.id })).toMatchObject({
      actor_id: null,
      target_type: "user",
      outcome: "failure",
      details: { session_id: (login.body.refresh_token as string).split(".")[0] },
      ...fromHere,
    });
  });

  it("auth.password_changed: the user, and how many other sessions ended", async () => {
    const ann = await user();
    ok(await logIn(ann.email, ann.password));
    secrets.add("a-brand-new-password");
    const json = { current_password: ann.password, new_password: "a-brand-new-password" };
    ok(await call("PATCH", "/api/v1/users/me/password", { token: ann.token, json }));
    expect(await only({ action: "auth.password_changed", actor_id: ann.id })).toMatchObject({
      actor_email: ann.email,
      target_type: "user",
      target_id: ann.id,
      details: { sessions_revoked: 1 },
      ...fromHere,
    });
  });

  it("auth.password_reset_requested and auth.password_reset", async () => {
    const ann = await user();
    ok(await call("POST", `/api/v1/password-recovery/${encodeURIComponent(ann.email)}`));
    expect(await only({ action: "auth.password_reset_requested", target_id: ann.id })).toMatchObject({
      actor_id: null,
      actor_email: ann.email,
      target_type: "user",
      details: { mailed: false },
      ...fromHere,
    });
    const ghost = `nobody-${Date.now()}@example.com`;
    ok(await call("POST", `/api/v1/password-recovery/${ghost}`));
    expect(await only({ action: "auth.password_reset_requested", q: ghost })).toMatchObject({ target_id: null });

    const preview = await app.call("POST", `/api/v1/password-recovery-html-content/${ann.email}`, { token: admin });
    const token = (preview.body as string).match(RESET_LINK)?.[0].split("token=")[1] ?? "";
    secrets.add(token).add("reset-to-this-password");
    ok(await call("POST", "/api/v1/reset-password/", { json: { token, new_password: "reset-to-this-password" } }));
    expect(await only({ action: "auth.password_reset", target_id: ann.id })).toMatchObject({
      actor_id: ann.id,
      actor_email: ann.email,
      target_type: "user",
      details: { sessions_revoked: 1 },
      ...fromHere,
    });
  });

  it("user.signed_up: the new user as actor and target", async () => {
    const ann = await user();
    expect(await only({ action: "user.signed_up", target_id: ann.id })).toMatchObject({
      actor_id: ann.id,
      actor_email: ann.email,
      target_type: "user",
      ip_address: "127.0.0.1",
    });
  });

  it("user.created: the administrator, the new account and its roles", async () => {
    const email = `created-${Date.now()}@example.com`;
    secrets.add("created-password");
    const json = { email, password: "created-password", is_superuser: true };
    const created = ok(await call("POST", "/api/v1/users/", { token: admin, json }));
    expect(await only({ action: "user.created", target_id: created.body.id })).toMatchObject({
      actor_id: adminId,
      actor_email: "admin@example.com",
      target_type: "user",
      details: { email, is_active: true, is_superuser: true },
      ...fromHere,
    });
  });

  it("user.updated: field names and old → new role and status, by an administrator or by oneself", async () => {
    const ann = await user();
    secrets.add("admin-set-password");
    const json = { full_name: "Ann", is_superuser: true, is_active: false, password: "admin-set-password" };
    ok(await call("PATCH", `/api/v1/users/${ann.id}`, { token: admin, json }));
    expect(await only({ action: "user.updated", target_id: ann.id })).toMatchObject({
      actor_id: adminId,
      target_type: "user",
      details: {
        fields: ["full_name", "is_active", "is_superuser", "password"],
        is_superuser: { from: false, to: true },
        is_active: { from: true, to: false },
        sessions_revoked: 1,
      },
      ...fromHere,
    });
    const bob = await user();
    const email = `renamed-${Date.now()}@example.com`;
    ok(await call("PATCH", "/api/v1/users/me", { token: bob.token, json: { email } }));
    expect(await only({ action: "user.updated", target_id: bob.id })).toMatchObject({
      actor_id: bob.id,
      actor_email: bob.email,
      details: { fields: ["email"] },
    });
  });

  it("user.deleted: by an administrator or by oneself; the e-mail is kept", async () => {
    const ann = await user();
    ok(await call("DELETE", `/api/v1/users/${ann.id}`, { token: admin }));
    expect(await only({ action: "user.deleted", target_id: ann.id })).toMatchObject({
      actor_id: adminId,
      target_type: "user",
      details: { email: ann.email },
      ...fromHere,
    });
    const bob = await user();
    ok(await call("DELETE", "/api/v1/users/me", { token: bob.token }));
    expect(await only({ action: "user.deleted", target_id: bob.id })).toMatchObject({
      actor_id: bob.id,
      actor_email: bob.email,
    });
    expect((await events({ actor_id: bob.id })).map((event) => event.action)).toContain("auth.login");
  });

  it("item.deleted_by_admin: only when a superuser deletes someone else's item", async () => {
    const ann = await user();
    const json = { title: "Ann's" };
    const first = ok(await call("POST", "/api/v1/items/", { token: ann.token, json }));
    const second = ok(await call("POST", "/api/v1/items/", { token: ann.token, json }));
    ok(await call("DELETE", `/api/v1/items/${first.body.id}`, { token: ann.token }));
    ok(await call("DELETE", `/api/v1/items/${second.body.id}`, { token: admin }));
    expect(await events({ target_id: first.body.id })).toEqual([]);
    expect(await only({ action: "item.deleted_by_admin", target_id: second.body.id })).toMatchObject({
      actor_id: adminId,
      target_type: "item",
      details: { owner_id: ann.id },
      ...fromHere,
    });
  });

  it("auth.rate_limited: one event per operation, client and window, with the count, behind the trusted proxy", async () => {
    const limited = await startTestApp({
      knex: app.knex,
      env: { RATE_LIMIT_LOCAL_MULTIPLIER: "1", RATE_LIMIT_RECOVERY_PER_IP: "1/10", TRUSTED_PROXIES: "1" },
    });
    try {
      const ann = await user();
      const behindProxy = { ...headers, "X-Forwarded-For": "192.0.2.1, 198.51.100.23" };
      const recover = (email: string) =>
        limited.call("POST", `/api/v1/password-recovery/${email}`, { headers: behindProxy });
      ok(await recover(`first-${ann.email}`));
      const refused = [ann.email, ...Array.from({ length: 59 }, (_, index) => `sprayed-${index}@example.com`)];
      for (const email of refused) expect((await recover(email)).status).toBe(429);
      await vi.waitFor(async () => expect(await events({ action: "auth.rate_limited" })).toHaveLength(1), {
        timeout: 15_000,
        interval: 250,
      });
      expect(await only({ action: "auth.rate_limited", target_id: ann.id })).toMatchObject({
        actor_id: null,
        actor_email: ann.email,
        target_type: "user",
        outcome: "failure",
        details: { operation: "recovery", count: 60, accounts: 60 },
        ip_address: "198.51.100.23",
        user_agent: AGENT,
      });
    } finally {
      await limited.close();
    }
  });

  it("shows a user their own auth events only", async () => {
    const ann = await user();
    ok(await call("POST", "/api/v1/logout", { token: ann.token }));
    const again = ok(await logIn(ann.email, ann.password));
    await logIn(ann.email, "wrong-password-for-ann");
    const mine = ok(await app.call("GET", "/api/v1/users/me/audit-events", { token: again.body.access_token }));
    const actions = mine.body.data.map((event: Event) => `${event.action}:${event.outcome}`);
    expect(actions).toEqual(["auth.login:failure", "auth.login:success", "auth.logout:success", "auth.login:success"]);
    expect(mine.body.count).toBe(4);
  });

  it("stores no password, hash or token in any event of the suite", async () => {
    const rows: Record<string, unknown>[] = await app.knex("audit_event").select("*");
    expect(rows.length).toBeGreaterThan(30);
    const hashes: { hashed_password: string }[] = await app.knex("user").select("hashed_password");
    const refreshHashes: { refresh_token_hash: string | null }[] = await app
      .knex("session")
      .select("refresh_token_hash");
    const forbidden = [
      ...secrets,
      ...hashes.map((row) => row.hashed_password),
      ...refreshHashes.flatMap((row) => (row.refresh_token_hash ? [row.refresh_token_hash] : [])),
    ].filter((secret) => secret.length >= 8);
    for (const row of rows) {
      const text = JSON.stringify(row);
      for (const secret of forbidden) expect(text.includes(secret), `${row.action} holds a secret`).toBe(false);
      expect(text).not.toMatch(/\$argon2|\$2[aby]\$|eyJ[\w-]+\.eyJ|password"\s*:\s*"|token"\s*:\s*"/);
    }
  });
});
