import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { signUpAndLogIn, startTestApp, type TestApp } from "../../testing/test-app.js";
import { testDatabaseKinds } from "../../testing/test-database.js";
import { codeOf, enableTotp } from "./two-factor-test-client.js";

const invalidCode = { detail: "Invalid code" };
const origin = "http://localhost:5173";

describe.each(testDatabaseKinds())("two-factor authentication on %s", (database) => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ database });
  });
  afterAll(() => app?.close());

  const passwordLogIn = (username: string, password: string) =>
    app.call("POST", "/api/v1/login/access-token", { form: { username, password } });
  const cookieLogIn = (username: string, password: string) =>
    app.call("POST", "/api/v1/login/session", { form: { username, password }, headers: { origin } });
  const secondStep = (json: Record<string, unknown>, headers: Record<string, string> = {}) =>
    app.call("POST", "/api/v1/login/mfa", { json, headers });

  /** A user with TOTP enabled: their token, password, the URI their app scanned and their recovery codes. */
  async function userWithTotp() {
    const user = await signUpAndLogIn(app);
    return { ...user, ...(await enableTotp(app, user.token, user.password)) };
  }

  describe("setting up", () => {
    it("gives a pending secret and its otpauth URI, for the right password only", async () => {
      const user = await signUpAndLogIn(app);
      const wrong = await app.call("POST", "/api/v1/users/me/totp", {
        token: user.token,
        json: { password: "nope-nope" },
      });
      expect(wrong).toMatchObject({ status: 400, body: { detail: "Incorrect password" } });
      const setUp = await app.call("POST", "/api/v1/users/me/totp", {
        token: user.token,
        json: { password: user.password },
      });
      expect(setUp.status).toBe(200);
      expect(Object.keys(setUp.body).sort()).toEqual(["otpauth_uri", "secret"]);
      const uri = new URL(setUp.body.otpauth_uri);
      expect(uri.searchParams.get("secret")).toBe(setUp.body.secret);
      expect(uri.searchParams.get("digits")).toBe("6");
      expect(uri.searchParams.get("period")).toBe("30");
      expect(uri.searchParams.get("algorithm")).toBe("SHA1");
      expect(decodeURIComponent(uri.pathname)).toContain(user.email);
      expect((await passwordLogIn(user.email, user.password)).status).toBe(200);
    });

    it("confirms with a code of the latest pending secret, and gives 10 recovery codes", async () => {
      const user = await signUpAndLogIn(app);
      const first = await app.call("POST", "/api/v1/users/me/totp", {
        token: user.token,
        json: { password: user.password },
      });
      const second = await app.call("POST", "/api/v1/users/me/totp", {
        token: user.token,
        json: { password: user.password },
      });
      const confirm = (code: string) =>
        app.call("POST", "/api/v1/users/me/totp/confirm", { token: user.token, json: { code } });
      expect(await confirm(codeOf(first.body.otpauth_uri))).toMatchObject({ status: 400, body: invalidCode });
      expect(await confirm("000000")).toMatchObject({ status: 400, body: invalidCode });
      const confirmed = await confirm(codeOf(second.body.otpauth_uri));
      expect(confirmed.status).toBe(200);
      const codes = confirmed.body.recovery_codes as string[];
      expect(codes).toHaveLength(10);
      expect(new Set(codes).size).toBe(10);
      for (const code of codes) expect(code.replace(/-/g, "").length).toBeGreaterThanOrEqual(10);
    });

    it("refuses a confirmation with nothing pending", async () => {
      const user = await signUpAndLogIn(app);
      const confirm = await app.call("POST", "/api/v1/users/me/totp/confirm", {
        token: user.token,
        json: { code: "123456" },
      });
      expect(confirm).toMatchObject({ status: 400, body: invalidCode });
    });
  });

  describe("logging in with a second factor", () => {
    it("answers the right password with 401 Second factor required and no session", async () => {
      const user = await userWithTotp();
      const response = await passwordLogIn(user.email, user.password);
      expect(response.status).toBe(401);
      expect(response.body).toEqual({
        detail: "Second factor required",
        mfa_token: expect.any(String),
        methods: ["totp", "recovery_code"],
      });
      const cookie = await cookieLogIn(user.email, user.password);
      expect(cookie.status).toBe(401);
      expect(cookie.body.detail).toBe("Second factor required");
      expect(cookie.headers.get("set-cookie")).toBeNull();
      const sessions = await app.call("GET", "/api/v1/users/me/sessions", { token: user.token });
      expect(sessions.body.count).toBe(1);
      expect(await passwordLogIn(user.email, "a-wrong-password")).toMatchObject({
        status: 400,
        body: { detail: "Incorrect email or password" },
      });
    });

    it("completes a bearer log-in with a code, once; the code is not accepted twice", async () => {
      const user = await userWithTotp();
      const first = await passwordLogIn(user.email, user.password);
      const code = codeOf(user.uri, 1);
      const done = await secondStep({ mfa_token: first.body.mfa_token, code });
      expect(done.status).toBe(200);
      expect(Object.keys(done.body).sort()).toEqual(["access_token", "expires_in", "refresh_token", "token_type"]);
      expect((await app.call("GET", "/api/v1/users/me", { token: done.body.access_token })).body.email).toBe(
        user.email,
      );
      expect(await secondStep({ mfa_token: first.body.mfa_token, code })).toMatchObject({
        status: 400,
        body: invalidCode,
      });
      const again = await passwordLogIn(user.email, user.password);
      expect(await secondStep({ mfa_token: again.body.mfa_token, code })).toMatchObject({
        status: 400,
        body: invalidCode,
      });
    });

    it("completes a cookie log-in with a recovery code, which then stops working", async () => {
      const user = await userWithTotp();
      const [recoveryCode] = user.recoveryCodes;
      const first = await cookieLogIn(user.email, user.password);
      const done = await secondStep({ mfa_token: first.body.mfa_token, recovery_code: recoveryCode }, { origin });
      expect(done.status).toBe(200);
      expect(done.body).toMatchObject({ email: user.email, id: user.id });
      const cookie = done.headers.get("set-cookie") ?? "";
      expect(cookie).toMatch(/aygentic_session=[^;]+; .*httponly/i);
      const me = await app.call("GET", "/api/v1/users/me", { headers: { cookie: cookie.split(";")[0] ?? "" } });
      expect(me.body.email).toBe(user.email);
      const again = await cookieLogIn(user.email, user.password);
      const reused = await secondStep({ mfa_token: again.body.mfa_token, recovery_code: recoveryCode }, { origin });
      expect(reused).toMatchObject({ status: 400, body: invalidCode });
    });

    it("refuses a cookie log-in's second step from a foreign origin", async () => {
      const user = await userWithTotp();
      const first = await cookieLogIn(user.email, user.password);
      const foreign = await secondStep(
        { mfa_token: first.body.mfa_token, recovery_code: user.recoveryCodes[0] },
        { origin: "https://evil.example" },
      );
      expect(foreign).toMatchObject({ status: 403, body: { detail: "CSRF check failed" } });
    });

    it("voids the token after five wrong codes", async () => {
      const user = await userWithTotp();
      const first = await passwordLogIn(user.email, user.password);
      for (let attempt = 0; attempt < 5; attempt += 1) {
        expect(await secondStep({ mfa_token: first.body.mfa_token, code: "000000" })).toMatchObject({
          status: 400,
          body: invalidCode,
        });
      }
      const right = await secondStep({ mfa_token: first.body.mfa_token, recovery_code: user.recoveryCodes[0] });
      expect(right).toMatchObject({ status: 400, body: invalidCode });
    });

    it("refuses a forged or altered token, a passkey, and an empty proof", async () => {
      const user = await userWithTotp();
      const first = await passwordLogIn(user.email, user.password);
      const token = first.body.mfa_token as string;
      const altered = token.replace(/^b\./, "c.");
      for (const body of [
        { mfa_token: "not-a-token", code: "123456" },
        { mfa_token: altered, recovery_code: user.recoveryCodes[0] },
        { mfa_token: token, passkey: { id: "credential", response: {} } },
        { mfa_token: token },
      ]) {
        expect(await secondStep(body, { origin })).toMatchObject({ status: 400, body: invalidCode });
      }
      expect((await secondStep({ mfa_token: token, recovery_code: user.recoveryCodes[0] })).status).toBe(200);
    });
  });

  describe("turning off and regenerating", () => {
    it("regenerates recovery codes with the password: the old ones stop working", async () => {
      const user = await userWithTotp();
      const wrong = await app.call("POST", "/api/v1/users/me/recovery-codes", {
        token: user.token,
        json: { password: "nope-nope" },
      });
      expect(wrong).toMatchObject({ status: 400, body: { detail: "Incorrect password" } });
      const fresh = await app.call("POST", "/api/v1/users/me/recovery-codes", {
        token: user.token,
        json: { password: user.password },
      });
      expect(fresh.status).toBe(200);
      expect(fresh.body.recovery_codes).toHaveLength(10);
      const first = await passwordLogIn(user.email, user.password);
      expect(await secondStep({ mfa_token: first.body.mfa_token, recovery_code: user.recoveryCodes[0] })).toMatchObject(
        {
          status: 400,
          body: invalidCode,
        },
      );
      const second = await passwordLogIn(user.email, user.password);
      const done = await secondStep({ mfa_token: second.body.mfa_token, recovery_code: fresh.body.recovery_codes[0] });
      expect(done.status).toBe(200);
    });

    it("disables with the password: the password alone logs in again", async () => {
      const user = await userWithTotp();
      const wrong = await app.call("POST", "/api/v1/users/me/totp/disable", {
        token: user.token,
        json: { password: "nope-nope" },
      });
      expect(wrong).toMatchObject({ status: 400, body: { detail: "Incorrect password" } });
      const off = await app.call("POST", "/api/v1/users/me/totp/disable", {
        token: user.token,
        json: { password: user.password },
      });
      expect(off).toMatchObject({ status: 200, body: { message: "Two-factor authentication disabled" } });
      expect((await passwordLogIn(user.email, user.password)).status).toBe(200);
      const regenerate = await app.call("POST", "/api/v1/users/me/recovery-codes", {
        token: user.token,
        json: { password: user.password },
      });
      expect(regenerate).toMatchObject({ status: 400, body: { detail: "Two-factor authentication is not enabled" } });
    });
  });

  describe("an administrator's reset", () => {
    it("lets a superuser remove a user's second factor; nobody else", async () => {
      const user = await userWithTotp();
      const other = await signUpAndLogIn(app);
      const path = `/api/v1/users/${user.id}/totp`;
      expect((await app.call("DELETE", path, { token: other.token })).status).toBe(403);
      const admin = await app.superuserToken();
      const missing = await app.call("DELETE", "/api/v1/users/00000000-0000-4000-8000-000000000000/totp", {
        token: admin,
      });
      expect(missing).toMatchObject({
        status: 404,
        body: { detail: "The user with this id does not exist in the system" },
      });
      const reset = await app.call("DELETE", path, { token: admin });
      expect(reset).toMatchObject({ status: 200, body: { message: "Two-factor authentication disabled" } });
      expect((await passwordLogIn(user.email, user.password)).status).toBe(200);
    });
  });
});
