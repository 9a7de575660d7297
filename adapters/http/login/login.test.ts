import bcrypt from "bcryptjs";
import jwt from "jsonwebtoken";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Argon2PasswordHasher } from "../../security/argon2-password-hasher.js";
import { signUpAndLogIn, startTestApp, type TestApp } from "../../testing/test-app.js";
import { testDatabaseKinds } from "../../testing/test-database.js";

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const recoveryMessage = "If that email is registered, we sent a password recovery link";

const jwtPayload = (token: string) => JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString());

describe.each(testDatabaseKinds())("login endpoints on %s", (database) => {
  let app: TestApp;
  let admin: string;
  beforeAll(async () => {
    // The real hasher: logging in verifies and upgrades stored hashes (bcrypt to argon2id).
    app = await startTestApp({ database, hasher: new Argon2PasswordHasher() });
    admin = await app.superuserToken();
  });
  afterAll(() => app?.close());

  const logIn = (username: string, password: string, extra: Record<string, string> = {}) =>
    app.call("POST", "/api/v1/login/access-token", { form: { username, password, ...extra } });

  async function resetTokenFor(email: string): Promise<string> {
    const preview = await app.call("POST", `/api/v1/password-recovery-html-content/${email}`, { token: admin });
    return /\/reset-password\?token=([^"]+)/.exec(preview.body)?.[1] ?? "";
  }

  describe("POST /login/access-token", () => {
    it("issues a bearer token whose payload carries the user id and an expiry", async () => {
      const response = await logIn("admin@example.com", "changethis", { grant_type: "password", scope: "" });
      expect(response.status).toBe(200);
      expect(response.body.token_type).toBe("bearer");
      const payload = jwtPayload(response.body.access_token);
      expect(payload.sub).toMatch(uuidPattern);
      expect(payload.exp - Math.floor(Date.now() / 1000)).toBeGreaterThan(11519 * 60);
    });

    it("refuses a wrong password and an unknown e-mail with the same message", async () => {
      const wrong = await logIn("admin@example.com", "not-the-password");
      const unknown = await logIn("nobody@example.com", "whatever-password");
      expect([wrong.status, unknown.status]).toEqual([400, 400]);
      expect(wrong.body).toEqual({ detail: "Incorrect email or password" });
      expect(unknown.body).toEqual({ detail: "Incorrect email or password" });
    });

    it("refuses an inactive user only after the password matched", async () => {
      const json = { email: "inactive-login@example.com", password: "a-good-password", is_active: false };
      expect((await app.call("POST", "/api/v1/users/", { token: admin, json })).status).toBe(200);
      expect((await logIn(json.email, json.password)).body).toEqual({ detail: "Inactive user" });
      expect((await logIn(json.email, "wrong-password")).body).toEqual({ detail: "Incorrect email or password" });
    });

    it("upgrades a legacy bcrypt hash to argon2id on login", async () => {
      const user = await signUpAndLogIn(app);
      const legacy = bcrypt.hashSync("legacy-password", 4);
      await app.knex("user").where({ id: user.id }).update({ hashed_password: legacy });
      expect((await logIn(user.email, "legacy-password")).status).toBe(200);
      const stored = await app.knex("user").where({ id: user.id }).first();
      expect(stored.hashed_password).toMatch(/^\$argon2id\$v=19\$m=65536,t=3,p=4\$/);
      expect((await logIn(user.email, "legacy-password")).status).toBe(200);
    });

    it("answers 422 naming each missing form field", async () => {
      const response = await app.call("POST", "/api/v1/login/access-token", { form: { grant_type: "password" } });
      expect(response.status).toBe(422);
      const locs = response.body.detail.map((entry: { loc: string[] }) => entry.loc);
      expect(locs).toEqual(
        expect.arrayContaining([
          ["body", "username"],
          ["body", "password"],
        ]),
      );
      expect(response.body.detail[0]).toMatchObject({ type: "missing", msg: "Field required" });
    });

    it("refuses a grant type other than password", async () => {
      const response = await logIn("admin@example.com", "changethis", { grant_type: "client_credentials" });
      expect(response.status).toBe(422);
      expect(response.body.detail[0]).toMatchObject({ type: "string_pattern_mismatch", loc: ["body", "grant_type"] });
    });
  });

  describe("POST /login/test-token", () => {
    it("returns the caller", async () => {
      const response = await app.call("POST", "/api/v1/login/test-token", { token: admin });
      expect(response.status).toBe(200);
      expect(response.body).toMatchObject({ email: "admin@example.com", is_superuser: true, is_active: true });
      expect(response.body).not.toHaveProperty("hashed_password");
    });

    it("answers 401 with WWW-Authenticate without a bearer token, and for another scheme", async () => {
      const none = await app.call("POST", "/api/v1/login/test-token");
      const basic = await app.call("POST", "/api/v1/login/test-token", { headers: { authorization: "Basic YTpi" } });
      for (const response of [none, basic]) {
        expect(response.status).toBe(401);
        expect(response.body).toEqual({ detail: "Not authenticated" });
        expect(response.headers.get("www-authenticate")).toBe("Bearer");
      }
    });

    it("accepts the scheme in any case", async () => {
      const headers = { authorization: `bEaReR ${admin}` };
      expect((await app.call("POST", "/api/v1/login/test-token", { headers })).status).toBe(200);
    });

    it("answers 403 for a malformed, forged or reset token", async () => {
      const [header, payload] = admin.split(".");
      const forged = `${header}.${payload}.${"A".repeat(43)}`;
      const resetToken = await resetTokenFor("admin@example.com");
      const secret = app.config.secretKey;
      const now = Math.floor(Date.now() / 1000);
      const notUuid = jwt.sign({ sub: "not-a-uuid", exp: now + 60, purpose: "access" }, secret);
      const expired = jwt.sign({ sub: jwtPayload(admin).sub, exp: now - 60, purpose: "access" }, secret);
      for (const token of ["not-a-jwt", forged, resetToken, notUuid, expired, ""]) {
        const response = await app.call("POST", "/api/v1/login/test-token", { token });
        expect(response.status).toBe(403);
        expect(response.body).toEqual({ detail: "Could not validate credentials" });
      }
    });

    it("answers 404 once the user is deleted and 400 once deactivated", async () => {
      const gone = await signUpAndLogIn(app);
      await app.call("DELETE", `/api/v1/users/${gone.id}`, { token: admin });
      expect(await app.call("POST", "/api/v1/login/test-token", { token: gone.token })).toMatchObject({
        status: 404,
        body: { detail: "User not found" },
      });
      const idle = await signUpAndLogIn(app);
      await app.call("PATCH", `/api/v1/users/${idle.id}`, { token: admin, json: { is_active: false } });
      expect(await app.call("POST", "/api/v1/login/test-token", { token: idle.token })).toMatchObject({
        status: 400,
        body: { detail: "Inactive user" },
      });
    });
  });

  describe("POST /password-recovery/{email}", () => {
    it("gives the same answer for registered and unknown addresses while e-mail is off", async () => {
      const known = await app.call("POST", "/api/v1/password-recovery/admin@example.com");
      const unknown = await app.call("POST", "/api/v1/password-recovery/ghost@example.com");
      expect(known).toMatchObject({ status: 200, body: { message: recoveryMessage } });
      expect(unknown).toMatchObject({ status: 200, body: { message: recoveryMessage } });
    });
  });

  describe("POST /reset-password/", () => {
    it("sets the new password once; the token then stops working", async () => {
      const user = await signUpAndLogIn(app);
      const token = await resetTokenFor(user.email);
      const json = { token, new_password: "brand-new-password" };
      const headers = { authorization: "Bearer ignored-token" };
      const reset = await app.call("POST", "/api/v1/reset-password/", { json, headers });
      expect(reset).toMatchObject({ status: 200, body: { message: "Password updated successfully" } });
      expect((await logIn(user.email, "brand-new-password")).status).toBe(200);
      expect((await logIn(user.email, user.password)).status).toBe(400);
      const again = await app.call("POST", "/api/v1/reset-password/", {
        json: { token, new_password: "third-password" },
      });
      expect(again).toMatchObject({ status: 400, body: { detail: "Invalid token" } });
    });

    it("refuses a bad token with 400 and a short password with 422", async () => {
      const bad = await app.call("POST", "/api/v1/reset-password/", {
        json: { token: "x", new_password: "long-enough" },
      });
      expect(bad).toMatchObject({ status: 400, body: { detail: "Invalid token" } });
      const short = await app.call("POST", "/api/v1/reset-password/", { json: { token: "x", new_password: "short" } });
      expect(short.status).toBe(422);
      expect(short.body.detail).toEqual([
        {
          type: "string_too_short",
          loc: ["body", "new_password"],
          msg: "String should have at least 8 characters",
          input: "short",
          ctx: { min_length: 8 },
        },
      ]);
    });

    it("refuses an access token used as a reset token", async () => {
      const response = await app.call("POST", "/api/v1/reset-password/", {
        json: { token: admin, new_password: "long-enough" },
      });
      expect(response).toMatchObject({ status: 400, body: { detail: "Invalid token" } });
    });

    it("refuses an inactive user's reset", async () => {
      const user = await signUpAndLogIn(app);
      const token = await resetTokenFor(user.email);
      await app.call("PATCH", `/api/v1/users/${user.id}`, { token: admin, json: { is_active: false } });
      const response = await app.call("POST", "/api/v1/reset-password/", {
        json: { token, new_password: "long-enough" },
      });
      expect(response).toMatchObject({ status: 400, body: { detail: "Inactive user" } });
    });
  });

  describe("POST /password-recovery-html-content/{email}", () => {
    it("returns the reset e-mail as HTML with its subject in a header", async () => {
      const response = await app.call("POST", "/api/v1/password-recovery-html-content/admin@example.com", {
        token: admin,
      });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toMatch(/^text\/html/);
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(response.headers.get("subject")).toBe("Aygentic Starter - Password recovery for user admin@example.com");
      expect(response.body).toMatch(/href="http:\/\/localhost:5173\/reset-password\?token=[^"]+"/);
    });

    it("answers 404 with the reference's wording for an unknown e-mail", async () => {
      const response = await app.call("POST", "/api/v1/password-recovery-html-content/ghost@example.com", {
        token: admin,
      });
      expect(response).toMatchObject({
        status: 404,
        body: { detail: "The user with this username does not exist in the system." },
      });
    });

    it("is for superusers only", async () => {
      const user = await signUpAndLogIn(app);
      const response = await app.call("POST", `/api/v1/password-recovery-html-content/${user.email}`, {
        token: user.token,
      });
      expect(response).toMatchObject({ status: 403, body: { detail: "The user doesn't have enough privileges" } });
    });
  });
});
