import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CapturingSmtpServer } from "../../mail/testing/capturing-smtp-server.js";
import { freePort } from "../../mail/testing/free-port.js";
import { type AppWithSmtp, startAppWithSmtp } from "../../testing/app-with-smtp.js";
import { delivered } from "../../testing/eventually.js";
import { startTestApp, type TestApp } from "../../testing/test-app.js";

const password = "a-good-password";

async function signUpAndLogIn(app: TestApp, email: string): Promise<{ id: string; token: string }> {
  const signUp = await app.call("POST", "/api/v1/users/signup", { json: { email, password } });
  expect(signUp.status).toBe(200);
  const login = await app.call("POST", "/api/v1/login/access-token", { form: { username: email, password } });
  expect(login.status).toBe(200);
  return { id: signUp.body.id, token: login.body.access_token };
}

const VERIFY_SUBJECT = "Aygentic Starter - Verify your email";

/** The e-mails to `address` other than verification links, once `count` of them have arrived. */
async function noticesTo(smtp: CapturingSmtpServer, address: string, count = 1) {
  const notices = () => smtp.mailsTo(address).filter((mail) => mail.subject !== VERIFY_SUBJECT);
  await delivered(() => (notices().length >= count ? true : undefined));
  return notices();
}

const changePassword = (app: TestApp, token: string) =>
  app.call("PATCH", "/api/v1/users/me/password", {
    token,
    json: { current_password: password, new_password: "a-newer-password" },
  });

describe("security e-mails over SMTP", () => {
  let running: AppWithSmtp;
  let smtp: CapturingSmtpServer;
  let app: TestApp;
  beforeAll(async () => {
    running = await startAppWithSmtp();
    ({ app, smtp } = running);
  });
  afterAll(() => running?.close());

  it("tells the user their password was changed, with a way to recover the account", async () => {
    const { token } = await signUpAndLogIn(app, "changer@example.com");
    expect((await changePassword(app, token)).status).toBe(200);
    const mails = await noticesTo(smtp, "changer@example.com");
    expect(mails.map((mail) => mail.subject)).toEqual(["Aygentic Starter - Your password was changed"]);
    expect(mails[0]?.text).toContain("http://localhost:5173/recover-password");
    expect(mails[0]?.text).toMatch(/changed on \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/);
  });

  it("announces the user's own e-mail change to the old address, the new one masked", async () => {
    const { token } = await signUpAndLogIn(app, "mover@example.com");
    const moved = await app.call("PATCH", "/api/v1/users/me", { token, json: { email: "new-home@example.org" } });
    expect(moved.status).toBe(200);
    const mails = await noticesTo(smtp, "mover@example.com");
    expect(mails.map((mail) => mail.subject)).toEqual(["Aygentic Starter - Your email address was changed"]);
    expect(mails[0]?.text).toContain("n***@example.org");
    expect(mails[0]?.html).not.toContain("new-home");
    const toNewAddress = await smtp.waitForMailsTo("new-home@example.org");
    expect(toNewAddress.map((mail) => mail.subject)).toEqual([VERIFY_SUBJECT]);
  });

  it("announces an administrator's change of a user's e-mail to the old address", async () => {
    const { id } = await signUpAndLogIn(app, "managed@example.com");
    const token = await app.superuserToken();
    const moved = await app.call("PATCH", `/api/v1/users/${id}`, { token, json: { email: "elsewhere@example.org" } });
    expect(moved.status).toBe(200);
    const mails = await noticesTo(smtp, "managed@example.com");
    expect(mails.map((mail) => mail.subject)).toEqual(["Aygentic Starter - Your email address was changed"]);
    expect(mails[0]?.text).toContain("e***@example.org");
  });
});

describe("security e-mails with an unreachable SMTP server", () => {
  let app: TestApp;
  beforeAll(async () => {
    const port = await freePort();
    app = await startTestApp({ smtp: { host: "127.0.0.1", port, tls: false, ssl: false, timeoutMs: 2_000 } });
  });
  afterAll(async () => {
    await app?.close();
  });

  it("keeps the change and answers 200 when the notice cannot be sent", async () => {
    const { token } = await signUpAndLogIn(app, "offline@example.com");
    expect((await changePassword(app, token)).status).toBe(200);
    const relogin = { username: "offline@example.com", password: "a-newer-password" };
    expect((await app.call("POST", "/api/v1/login/access-token", { form: relogin })).status).toBe(200);
  });
});
