import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CapturingSmtpServer } from "../../mail/testing/capturing-smtp-server.js";
import { type AppWithSmtp, startAppWithSmtp } from "../../testing/app-with-smtp.js";
import { delivered } from "../../testing/eventually.js";
import type { TestApp } from "../../testing/test-app.js";

const password = "a-good-password";
const invalidToken = { status: 400, body: { detail: "Invalid token" } };

describe("undoing an e-mail change with the link sent to the old address", () => {
  let running: AppWithSmtp;
  let smtp: CapturingSmtpServer;
  let app: TestApp;
  beforeAll(async () => {
    running = await startAppWithSmtp();
    ({ app, smtp } = running);
  });
  afterAll(() => running?.close());

  async function signUpAndLogIn(email: string): Promise<{ id: string; token: string }> {
    const signUp = await app.call("POST", "/api/v1/users/signup", { json: { email, password } });
    expect(signUp.status).toBe(200);
    const login = await app.call("POST", "/api/v1/login/access-token", { form: { username: email, password } });
    return { id: signUp.body.id, token: login.body.access_token };
  }

  /** The account moved to `to` by whoever holds `token`; the revert token mailed to `from`. */
  async function moveAway(token: string, from: string, to: string): Promise<string> {
    const notices = () => smtp.mailsTo(from).filter((mail) => mail.subject.endsWith("Your email address was changed"));
    const mailed = notices().length;
    expect((await app.call("PATCH", "/api/v1/users/me", { token, json: { email: to } })).status).toBe(200);
    const { html } = await delivered(() => notices().at(mailed));
    const link = /"(http:\/\/localhost:5173\/revert-email\?token=([^"]+))"/.exec(html);
    expect(link?.[1]).toBeDefined();
    return link?.[2] ?? "";
  }

  const revert = (token: unknown) => app.call("POST", "/api/v1/revert-email/", { json: { token } });

  it("puts the old address back, ends every session, and works once", async () => {
    const owner = await signUpAndLogIn("owner@example.com");
    const secondDevice = await app.call("POST", "/api/v1/login/access-token", {
      form: { username: "owner@example.com", password },
    });
    const revertToken = await moveAway(owner.token, "owner@example.com", "thief@example.net");
    expect(await revert(revertToken)).toMatchObject({
      status: 200,
      body: { message: "Email address restored; reset your password to sign in" },
    });
    for (const token of [owner.token, secondDevice.body.access_token]) {
      const me = await app.call("GET", "/api/v1/users/me", { token });
      expect(me).toMatchObject({ status: 403, body: { detail: "Could not validate credentials" } });
    }
    const admin = await app.superuserToken();
    const restored = await app.call("GET", `/api/v1/users/${owner.id}`, { token: admin });
    expect(restored.body.email).toBe("owner@example.com");
    expect(await revert(revertToken)).toMatchObject(invalidToken);
    const login = await app.call("POST", "/api/v1/login/access-token", {
      form: { username: "owner@example.com", password },
    });
    expect(login.status).toBe(200);
  });

  it("answers 409 when another account has taken the old address since, changing nothing", async () => {
    const owner = await signUpAndLogIn("taken-back@example.com");
    const revertToken = await moveAway(owner.token, "taken-back@example.com", "moved-on@example.net");
    await signUpAndLogIn("taken-back@example.com");
    expect(await revert(revertToken)).toMatchObject({
      status: 409,
      body: { detail: "The user with this email already exists in the system" },
    });
    expect((await app.call("GET", "/api/v1/users/me", { token: owner.token })).body.email).toBe("moved-on@example.net");
  });

  it("refuses a link superseded by a later change, a forged token and a reset token with 400 Invalid token", async () => {
    const owner = await signUpAndLogIn("twice@example.com");
    const first = await moveAway(owner.token, "twice@example.com", "second@example.net");
    await moveAway(owner.token, "second@example.net", "third@example.net");
    expect(await revert(first)).toMatchObject(invalidToken);
    expect(await revert("not-a-token")).toMatchObject(invalidToken);
    const admin = await app.superuserToken();
    const preview = await app.call("POST", "/api/v1/password-recovery-html-content/third@example.net", {
      token: admin,
    });
    const resetToken = /\/reset-password\?token=([^"]+)/.exec(preview.body)?.[1];
    expect(await revert(resetToken)).toMatchObject(invalidToken);
    expect((await revert(42)).status).toBe(422);
  });
});
