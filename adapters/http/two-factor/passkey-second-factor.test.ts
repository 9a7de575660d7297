import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SoftwareAuthenticator } from "../../testing/software-authenticator.js";
import { signUpAndLogIn, startTestApp, type TestApp } from "../../testing/test-app.js";
import { testDatabaseKinds } from "../../testing/test-database.js";
import { enableTotp } from "./two-factor-test-client.js";

describe.each(testDatabaseKinds())("a passkey as the second factor on %s", (database) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ database });
  });
  afterAll(() => app?.close());

  async function userWithTotpAndPasskey() {
    const user = await signUpAndLogIn(app);
    await enableTotp(app, user.token, user.password);
    const authenticator = new SoftwareAuthenticator(app.config.frontendHost);
    const creation = await app.call("POST", "/api/v1/users/me/passkeys/options", { token: user.token });
    const response = authenticator.register(creation.body);
    const added = await app.call("POST", "/api/v1/users/me/passkeys", {
      token: user.token,
      json: { name: "Key", response },
    });
    expect(added.status).toBe(200);
    return { ...user, authenticator };
  }

  const passwordStep = (email: string, password: string) =>
    app.call("POST", "/api/v1/login/access-token", { form: { username: email, password } });

  it("lists passkey among the methods, and a passkey's assertion completes the log-in once", async () => {
    const user = await userWithTotpAndPasskey();
    const first = await passwordStep(user.email, user.password);
    expect(first).toMatchObject({ status: 401, body: { detail: "Second factor required" } });
    expect(first.body.methods).toEqual(["totp", "recovery_code", "passkey"]);
    const mfa_token = first.body.mfa_token as string;

    const options = await app.call("POST", "/api/v1/login/mfa/passkey-options", { json: { mfa_token } });
    expect(options.status).toBe(200);
    expect(options.body.allowCredentials).toHaveLength(1);
    expect(options.body.userVerification).toBe("required");

    const passkey = user.authenticator.assert(options.body);
    const done = await app.call("POST", "/api/v1/login/mfa", { json: { mfa_token, passkey } });
    expect(done.status).toBe(200);
    expect(done.body.token_type).toBe("bearer");
    const again = await app.call("POST", "/api/v1/login/mfa", { json: { mfa_token, passkey } });
    expect(again).toMatchObject({ status: 400, body: { detail: "Invalid code" } });
  });

  it("refuses another user's passkey, a replayed assertion and a void token with 400 Invalid code", async () => {
    const owner = await userWithTotpAndPasskey();
    const stranger = await userWithTotpAndPasskey();
    const first = await passwordStep(owner.email, owner.password);
    const mfa_token = first.body.mfa_token as string;
    const options = await app.call("POST", "/api/v1/login/mfa/passkey-options", { json: { mfa_token } });
    const foreign = stranger.authenticator.assert(options.body);
    expect(await app.call("POST", "/api/v1/login/mfa", { json: { mfa_token, passkey: foreign } })).toMatchObject({
      status: 400,
      body: { detail: "Invalid code" },
    });
    const again = await app.call("POST", "/api/v1/login/mfa/passkey-options", { json: { mfa_token } });
    const own = owner.authenticator.assert(again.body);
    expect((await app.call("POST", "/api/v1/login/mfa", { json: { mfa_token, passkey: own } })).status).toBe(200);
    const void_ = await app.call("POST", "/api/v1/login/mfa/passkey-options", { json: { mfa_token } });
    expect(void_).toMatchObject({ status: 400, body: { detail: "Invalid code" } });
    expect(
      await app.call("POST", "/api/v1/login/mfa/passkey-options", { json: { mfa_token: "not-a-token" } }),
    ).toMatchObject({ status: 400, body: { detail: "Invalid code" } });
  });

  it("never asks a user with only a passkey for a second step: the password alone still logs in", async () => {
    const user = await signUpAndLogIn(app);
    const authenticator = new SoftwareAuthenticator(app.config.frontendHost);
    const creation = await app.call("POST", "/api/v1/users/me/passkeys/options", { token: user.token });
    const response = authenticator.register(creation.body);
    await app.call("POST", "/api/v1/users/me/passkeys", { token: user.token, json: { name: "Key", response } });
    expect((await passwordStep(user.email, user.password)).status).toBe(200);
  });
});
