import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { RecordingMailer } from "../../memory/recording-mailer.js";
import { SoftwareAuthenticator } from "../../testing/software-authenticator.js";
import { signUpAndLogIn, startTestApp, type TestApp } from "../../testing/test-app.js";
import { testDatabaseKinds } from "../../testing/test-database.js";

const notRecognised = { detail: "Passkey not recognised" };

describe.each(testDatabaseKinds())("passkeys on %s", (database) => {
  let app: TestApp;
  let origin: string;
  beforeAll(async () => {
    app = await startTestApp({ database });
    origin = app.config.frontendHost;
  });
  afterAll(() => app?.close());

  const creationOptions = async (token: string) => {
    const response = await app.call("POST", "/api/v1/users/me/passkeys/options", { token });
    expect(response.status).toBe(200);
    return response.body;
  };

  async function register(token: string, name = "Laptop", authenticator = new SoftwareAuthenticator(origin)) {
    const response = authenticator.register(await creationOptions(token));
    const added = await app.call("POST", "/api/v1/users/me/passkeys", { token, json: { name, response } });
    return { authenticator, added };
  }

  const loginOptions = async () => {
    const response = await app.call("POST", "/api/v1/login/passkey/options");
    expect(response.status).toBe(200);
    return response.body as { challenge_id: string; options: { challenge: string } };
  };

  const logIn = (json: unknown, headers: Record<string, string> = { origin }) =>
    app.call("POST", "/api/v1/login/passkey", { json, headers });

  const list = (token: string) => app.call("GET", "/api/v1/users/me/passkeys", { token });

  it("gives creation options for this relying party with user verification required and resident key preferred", async () => {
    const user = await signUpAndLogIn(app);
    const options = await creationOptions(user.token);
    expect(options.rp).toEqual({ id: "localhost", name: app.config.projectName });
    expect(options.user.name).toBe(user.email);
    expect(options.authenticatorSelection).toMatchObject({ residentKey: "preferred", userVerification: "required" });
    expect(options.excludeCredentials).toEqual([]);
  });

  it("registers a passkey, lists it, excludes it from new options, renames and removes it", async () => {
    const user = await signUpAndLogIn(app);
    const { authenticator, added } = await register(user.token, "  Work laptop ");
    expect(added.status).toBe(200);
    expect(added.body).toEqual({
      id: expect.any(String),
      name: "Work laptop",
      created_at: expect.any(String),
      last_used_at: null,
    });
    expect((await list(user.token)).body).toEqual({ data: [added.body], count: 1 });
    expect((await creationOptions(user.token)).excludeCredentials).toEqual([
      { id: authenticator.id, type: "public-key", transports: ["internal"] },
    ]);

    const path = `/api/v1/users/me/passkeys/${added.body.id}`;
    const renamed = await app.call("PATCH", path, { token: user.token, json: { name: "Phone" } });
    expect(renamed).toMatchObject({ status: 200, body: { id: added.body.id, name: "Phone" } });
    expect(await app.call("PATCH", path, { token: user.token, json: { name: "" } })).toMatchObject({ status: 422 });

    expect(await app.call("DELETE", path, { token: user.token })).toMatchObject({
      status: 200,
      body: { message: "Passkey removed" },
    });
    expect((await list(user.token)).body).toEqual({ data: [], count: 0 });
    expect(await app.call("DELETE", path, { token: user.token })).toMatchObject({
      status: 404,
      body: { detail: "Passkey not found" },
    });
  });

  it("answers 404 for another user's passkey, and leaves it alone", async () => {
    const owner = await signUpAndLogIn(app);
    const other = await signUpAndLogIn(app);
    const { added } = await register(owner.token);
    const path = `/api/v1/users/me/passkeys/${added.body.id}`;
    const notFound = { status: 404, body: { detail: "Passkey not found" } };
    expect(await app.call("DELETE", path, { token: other.token })).toMatchObject(notFound);
    expect(await app.call("PATCH", path, { token: other.token, json: { name: "Mine" } })).toMatchObject(notFound);
    expect((await list(owner.token)).body.count).toBe(1);
  });

  it("refuses a registration from another origin, or answering a challenge twice", async () => {
    const user = await signUpAndLogIn(app);
    const authenticator = new SoftwareAuthenticator(origin);
    const foreign = authenticator.register(await creationOptions(user.token), { origin: "https://evil.example" });
    const json = { name: "Evil", response: foreign };
    expect(await app.call("POST", "/api/v1/users/me/passkeys", { token: user.token, json })).toMatchObject({
      status: 400,
      body: notRecognised,
    });
    const response = authenticator.register(await creationOptions(user.token));
    const first = await app.call("POST", "/api/v1/users/me/passkeys", {
      token: user.token,
      json: { name: "A", response },
    });
    expect(first.status).toBe(200);
    const again = await app.call("POST", "/api/v1/users/me/passkeys", {
      token: user.token,
      json: { name: "B", response },
    });
    expect(again).toMatchObject({ status: 400, body: notRecognised });
  });

  it("logs in without a password: cookie and UserPublic, last use recorded, audited as a passkey login", async () => {
    const user = await signUpAndLogIn(app);
    const { authenticator } = await register(user.token);
    const { challenge_id, options } = await loginOptions();
    expect(options).toMatchObject({ rpId: "localhost", userVerification: "required", allowCredentials: [] });
    const login = await logIn({ challenge_id, response: authenticator.assert(options) });
    expect(login.status).toBe(200);
    expect(login.body).toMatchObject({ id: user.id, email: user.email });
    const cookie = login.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^aygentic_session=[^;]+;.*httponly/i);
    const me = await app.call("GET", "/api/v1/users/me", { headers: { cookie: cookie.split(";")[0] ?? "" } });
    expect(me).toMatchObject({ status: 200, body: { id: user.id } });
    expect((await list(user.token)).body.data[0].last_used_at).not.toBeNull();

    const events = await app.call("GET", "/api/v1/users/me/audit-events", { token: user.token });
    const actions = events.body.data.map((event: { action: string }) => event.action);
    expect(actions).toContain("auth.passkey_added");
    const passkeyLogin = events.body.data.find(
      (event: { action: string; details: { method?: string } }) =>
        event.action === "auth.login" && event.details.method === "passkey",
    );
    expect(passkeyLogin).toMatchObject({ outcome: "success", target_type: "session" });
  });

  it("refuses a replayed assertion", async () => {
    const user = await signUpAndLogIn(app);
    const { authenticator } = await register(user.token);
    const { challenge_id, options } = await loginOptions();
    const json = { challenge_id, response: authenticator.assert(options) };
    expect((await logIn(json)).status).toBe(200);
    expect(await logIn(json)).toMatchObject({ status: 400, body: notRecognised });
  });

  it("refuses an assertion made for another origin", async () => {
    const user = await signUpAndLogIn(app);
    const { authenticator } = await register(user.token);
    const { challenge_id, options } = await loginOptions();
    const response = authenticator.assert(options, { origin: "https://evil.example" });
    expect(await logIn({ challenge_id, response })).toMatchObject({ status: 400, body: notRecognised });
  });

  it("refuses an assertion whose signature counter went backwards", async () => {
    const user = await signUpAndLogIn(app);
    const { authenticator } = await register(user.token);
    const first = await loginOptions();
    const advanced = {
      challenge_id: first.challenge_id,
      response: authenticator.assert(first.options, { counter: 10 }),
    };
    expect((await logIn(advanced)).status).toBe(200);
    const second = await loginOptions();
    const cloned = {
      challenge_id: second.challenge_id,
      response: authenticator.assert(second.options, { counter: 5 }),
    };
    expect(await logIn(cloned)).toMatchObject({ status: 400, body: notRecognised });
  });

  it("refuses an unknown challenge id, a response that is no assertion, and a foreign page", async () => {
    const user = await signUpAndLogIn(app);
    const { authenticator } = await register(user.token);
    const { challenge_id, options } = await loginOptions();
    const response = authenticator.assert(options);
    const unknown = { challenge_id: "00000000-0000-4000-8000-000000000000", response };
    expect(await logIn(unknown)).toMatchObject({ status: 400, body: notRecognised });
    expect(await logIn({ challenge_id, response: { id: "x" } })).toMatchObject({ status: 400, body: notRecognised });
    const forged = await logIn({ challenge_id, response }, { origin: "https://evil.example" });
    expect(forged).toMatchObject({ status: 403, body: { detail: "CSRF check failed" } });
  });

  it("sends a security e-mail when a passkey is added", async () => {
    const mailer = new RecordingMailer();
    const mailApp = await startTestApp({ database, mailer });
    try {
      const user = await signUpAndLogIn(mailApp);
      const authenticator = new SoftwareAuthenticator(mailApp.config.frontendHost);
      const options = (await mailApp.call("POST", "/api/v1/users/me/passkeys/options", { token: user.token })).body;
      const json = { name: "Laptop", response: authenticator.register(options) };
      expect((await mailApp.call("POST", "/api/v1/users/me/passkeys", { token: user.token, json })).status).toBe(200);
      const added = () => mailer.outbox.find((email) => email.kind === "passkey_added");
      await expect.poll(added, { timeout: 10_000 }).toMatchObject({
        to: user.email,
        passkeyName: "Laptop",
      });
    } finally {
      await mailApp.close();
    }
  });
});
