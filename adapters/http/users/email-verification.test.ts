import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CapturingSmtpServer } from "../../mail/testing/capturing-smtp-server.js";
import { type AppWithSmtp, startAppWithSmtp } from "../../testing/app-with-smtp.js";
import { delivered } from "../../testing/eventually.js";
import type { TestApp } from "../../testing/test-app.js";
import { testDatabaseKinds } from "../../testing/test-database.js";

const password = "a-good-password";
const invalidToken = { status: 400, body: { detail: "Invalid token" } };
const notVerified = { status: 403, body: { detail: "Email not verified" } };
const VERIFY_SUBJECT = "Aygentic Starter - Verify your email";
const LINK = /"http:\/\/localhost:5173\/verify-email\?token=([^"]+)"/;

/** Sign-up, log-in, the verification links an address got, and the endpoints, on one app with an SMTP capture. */
function helpers(running: () => AppWithSmtp) {
  const app = (): TestApp => running().app;
  const smtp = (): CapturingSmtpServer => running().smtp;
  const verificationMails = (address: string) =>
    smtp()
      .mailsTo(address)
      .filter((mail) => mail.subject === VERIFY_SUBJECT);
  return {
    async signUp(email: string): Promise<{ id: string; token: string }> {
      const signUp = await app().call("POST", "/api/v1/users/signup", { json: { email, password } });
      expect(signUp.status).toBe(200);
      const login = await app().call("POST", "/api/v1/login/access-token", { form: { username: email, password } });
      return { id: signUp.body.id, token: login.body.access_token };
    },
    /** The token of the `nth` verification e-mail to `address` (1 = the first), once it has arrived. */
    async link(address: string, nth = 1): Promise<string> {
      const mail = await delivered(() => verificationMails(address).at(nth - 1));
      const token = LINK.exec(mail.html)?.[1];
      expect(token).toBeDefined();
      expect(mail.text).toContain(`http://localhost:5173/verify-email?token=${token}`);
      return token ?? "";
    },
    verificationMails,
    verify: (token: unknown) => app().call("POST", "/api/v1/verify-email/", { json: { token } }),
    resend: (token: string) => app().call("POST", "/api/v1/users/me/verification-email", { token }),
    security: (token: string) => app().call("GET", "/api/v1/users/me/security", { token }),
  };
}

describe.each(testDatabaseKinds())("e-mail verification on %s", (database) => {
  let running: AppWithSmtp;
  beforeAll(async () => {
    running = await startAppWithSmtp({ database });
  });
  afterAll(() => running?.close());
  const { signUp, link, verify, resend, security, verificationMails } = helpers(() => running);

  it("mails a link on sign-up that verifies the address once, and reports it in the security overview", async () => {
    const ann = await signUp("ann@example.com");
    expect((await security(ann.token)).body).toEqual({
      email_verified: false,
      totp_enabled: false,
      recovery_codes_left: 0,
      passkeys: 0,
      has_password: true,
      identities: [],
    });
    const token = await link("ann@example.com");
    expect(await verify(token)).toMatchObject({ status: 200, body: { message: "Email verified" } });
    expect((await security(ann.token)).body.email_verified).toBe(true);
    expect(await verify(token)).toMatchObject(invalidToken);
    const admin = await running.app.superuserToken();
    const events = await running.app.call(
      "GET",
      `/api/v1/audit-events/?action=auth.email_verified&target_id=${ann.id}`,
      {
        token: admin,
      },
    );
    expect(events.body).toMatchObject({ count: 1, data: [{ actor_id: ann.id, outcome: "success" }] });
  });

  it("keeps UserPublic as it was: no verification field", async () => {
    const bob = await signUp("bob@example.com");
    const me = await running.app.call("GET", "/api/v1/users/me", { token: bob.token });
    expect(Object.keys(me.body).sort()).toEqual([
      "created_at",
      "email",
      "full_name",
      "id",
      "is_active",
      "is_superuser",
    ]);
  });

  it("resends a link that voids the earlier one, and refuses once the address is verified", async () => {
    const cat = await signUp("cat@example.com");
    const first = await link("cat@example.com");
    expect(await resend(cat.token)).toMatchObject({ status: 200, body: { message: "Verification email sent" } });
    const second = await link("cat@example.com", 2);
    expect(await verify(first)).toMatchObject(invalidToken);
    expect((await verify(second)).status).toBe(200);
    expect(await resend(cat.token)).toMatchObject({ status: 400, body: { detail: "Email already verified" } });
    expect(verificationMails("cat@example.com")).toHaveLength(2);
  });

  it("refuses forged and malformed tokens", async () => {
    expect(await verify("forged")).toMatchObject(invalidToken);
    expect(await verify("")).toMatchObject(invalidToken);
    const missing = await running.app.call("POST", "/api/v1/verify-email/", { json: {} });
    expect(missing.status).toBe(422);
    expect(missing.body.detail[0]).toMatchObject({ type: "missing", loc: ["body", "token"] });
  });

  it("unverifies an e-mail change in the same write and binds each link to its address", async () => {
    const dan = await signUp("dan@example.com");
    const oldLink = await link("dan@example.com");
    expect((await verify(oldLink)).status).toBe(200);
    const moved = await running.app.call("PATCH", "/api/v1/users/me", {
      token: dan.token,
      json: { email: "dan@example.org" },
    });
    expect(moved.status).toBe(200);
    expect((await security(dan.token)).body.email_verified).toBe(false);
    expect((await verify(await link("dan@example.org"))).status).toBe(200);

    const admin = await running.app.superuserToken();
    expect((await resend(dan.token)).status).toBe(400);
    await running.app.call("PATCH", `/api/v1/users/${dan.id}`, { token: admin, json: { email: "dan@example.net" } });
    expect((await security(dan.token)).body.email_verified).toBe(false);
    expect(await resend(dan.token)).toMatchObject({ status: 200 });
    const staleLink = await link("dan@example.net", 2);
    await running.app.call("PATCH", `/api/v1/users/${dan.id}`, { token: admin, json: { email: "dan@example.edu" } });
    expect(await verify(staleLink)).toMatchObject(invalidToken);
  });

  it("mails a link to a user an administrator creates", async () => {
    const admin = await running.app.superuserToken();
    const created = await running.app.call("POST", "/api/v1/users/", {
      token: admin,
      json: { email: "eve@example.com", password },
    });
    expect(created.status).toBe(200);
    expect((await verify(await link("eve@example.com"))).status).toBe(200);
  });

  it("lets unverified users use the app when verification is not required", async () => {
    const fay = await signUp("fay@example.com");
    expect((await running.app.call("GET", "/api/v1/items/", { token: fay.token })).status).toBe(200);
    expect((await running.app.call("GET", "/api/v1/users/me/sessions", { token: fay.token })).status).toBe(200);
  });

  it("needs a signed-in user to resend and to read the overview", async () => {
    const anonymous = { status: 401, body: { detail: "Not authenticated" } };
    expect(await running.app.call("POST", "/api/v1/users/me/verification-email")).toMatchObject(anonymous);
    expect(await running.app.call("GET", "/api/v1/users/me/security")).toMatchObject(anonymous);
  });
});

describe("expired verification links", () => {
  let running: AppWithSmtp;
  beforeAll(async () => {
    running = await startAppWithSmtp();
  });
  afterAll(() => running?.close());
  const { signUp, link, verify } = helpers(() => running);

  it("refuses a link past EMAIL_VERIFY_TOKEN_EXPIRE_HOURS", async () => {
    await signUp("late@example.com");
    const token = await link("late@example.com");
    await running.app.knex("email_verification").update({ expires_at: new Date(Date.now() - 1000) });
    expect(await verify(token)).toMatchObject(invalidToken);
  });

  it("says how long the link works, as configured", async () => {
    await signUp("hours@example.com");
    await link("hours@example.com");
    const [mail] = running.smtp.mailsTo("hours@example.com");
    expect(mail?.text).toContain("valid for 48 hours");
  });
});

describe("EMAIL_VERIFICATION_REQUIRED=true", () => {
  let running: AppWithSmtp;
  beforeAll(async () => {
    running = await startAppWithSmtp({
      env: { EMAIL_VERIFICATION_REQUIRED: "true", EMAIL_VERIFY_TOKEN_EXPIRE_HOURS: "2" },
    });
  });
  afterAll(() => running?.close());
  const { signUp, link, verify, resend, security } = helpers(() => running);

  it("refuses an unverified user everything but their profile, verification and logout", async () => {
    const gil = await signUp("gil@example.com");
    const call = (method: string, path: string, json?: unknown) =>
      running.app.call(method, path, { token: gil.token, json });
    expect(await call("GET", "/api/v1/items/")).toMatchObject(notVerified);
    expect(await call("POST", "/api/v1/items/", { title: "x" })).toMatchObject(notVerified);
    expect(await call("GET", "/api/v1/users/me/sessions")).toMatchObject(notVerified);
    expect(
      await call("PATCH", "/api/v1/users/me/password", { current_password: password, new_password: "b-better-one" }),
    ).toMatchObject(notVerified);
    expect(await call("GET", "/API/v1/Items/")).toMatchObject(notVerified);
    expect((await call("GET", "/api/v1/users/me")).status).toBe(200);
    expect((await call("GET", "/api/v1/users/me/")).status).not.toBe(403);
    expect((await call("PATCH", "/api/v1/users/me", { full_name: "Gil" })).status).toBe(200);
    expect((await security(gil.token)).body.email_verified).toBe(false);
    expect((await resend(gil.token)).status).toBe(200);

    const token = await link("gil@example.com", 2);
    expect(running.smtp.mailsTo("gil@example.com")[0]?.text).toContain("valid for 2 hours");
    expect((await verify(token)).status).toBe(200);
    expect((await call("GET", "/api/v1/items/")).status).toBe(200);
    expect((await call("POST", "/api/v1/logout")).status).toBe(200);
  });

  it("lets an unverified user log out and delete their account", async () => {
    const hal = await signUp("hal@example.com");
    expect((await running.app.call("POST", "/api/v1/logout", { token: hal.token })).status).toBe(200);
    const ivy = await signUp("ivy@example.com");
    const deleted = await running.app.call("DELETE", "/api/v1/users/me", { token: ivy.token });
    expect(deleted).toMatchObject({ status: 200, body: { message: "User deleted successfully" } });
  });

  it("keeps serving the verified first superuser", async () => {
    const admin = await running.app.superuserToken();
    expect((await running.app.call("GET", "/api/v1/users/", { token: admin })).status).toBe(200);
  });

  it("answers 401 before 403 for a request without credentials", async () => {
    expect((await running.app.call("GET", "/api/v1/items/")).status).toBe(401);
  });
});

describe("resending verification e-mails is limited like password recovery", () => {
  let running: AppWithSmtp;
  beforeAll(async () => {
    running = await startAppWithSmtp({
      env: { RATE_LIMIT_LOCAL_MULTIPLIER: "1", RATE_LIMIT_RECOVERY_PER_ACCOUNT: "2/600" },
    });
  });
  afterAll(() => running?.close());
  const { signUp, resend } = helpers(() => running);

  it("answers 429 with Retry-After once the account's allowance is spent, on its own counter", async () => {
    const jo = await signUp("jo@example.com");
    expect((await resend(jo.token)).status).toBe(200);
    expect((await resend(jo.token)).status).toBe(200);
    const refused = await resend(jo.token);
    expect(refused.status).toBe(429);
    expect(refused.body.detail).toMatch(/^Too many requests\. Try again in \d+ seconds\.$/);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    const recovery = await running.app.call("POST", "/api/v1/password-recovery/jo@example.com");
    expect(recovery.status).toBe(200);
  });
});
