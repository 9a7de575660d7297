import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CapturingSmtpServer, startCapturingSmtpServer } from "../../mail/testing/capturing-smtp-server.js";
import { freePort } from "../../mail/testing/free-port.js";
import { delivered } from "../../testing/eventually.js";
import { startTestApp, type TestApp } from "../../testing/test-app.js";

const recoveryAnswer = { message: "If that email is registered, we sent a password recovery link" };
const linkPattern = /\/reset-password\?token=[^"]+/;

const post = (app: TestApp, path: string, init: RequestInit = {}) =>
  fetch(`${app.baseUrl}/api/v1${path}`, { method: "POST", ...init });

const postJson = (app: TestApp, path: string, body: unknown, headers: Record<string, string> = {}) =>
  post(app, path, { headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });

const logIn = (app: TestApp, username: string, password: string) =>
  post(app, "/login/access-token", { body: new URLSearchParams({ username, password }) });

async function signUp(app: TestApp, email: string, password: string): Promise<void> {
  const response = await postJson(app, "/users/signup", { email, password, full_name: "Reset Tester" });
  expect(response.status).toBe(200);
}

const tokenOf = (html: string) => html.match(linkPattern)?.[0].slice("/reset-password?token=".length) ?? "";

describe("password recovery over real SMTP", () => {
  let smtp: CapturingSmtpServer;
  let app: TestApp;
  beforeAll(async () => {
    smtp = await startCapturingSmtpServer();
    app = await startTestApp({ smtp: { host: smtp.host, port: smtp.port, tls: false, ssl: false } });
  });
  afterAll(async () => {
    await app?.close();
    await smtp?.close();
  });

  it("mails a link whose token resets the password once, after which only the new password logs in", async () => {
    await signUp(app, "forgetful@example.com", "old-password-1");
    const recovery = await post(app, "/password-recovery/forgetful@example.com");
    expect(recovery.status).toBe(200);
    expect(await recovery.json()).toEqual(recoveryAnswer);

    // The sign-up's verification e-mail comes first: the newest e-mail to the address is the recovery.
    const mails = await smtp.waitForMailsTo("forgetful@example.com", 2);
    expect(mails.map((mail) => mail.subject)).toEqual([
      "Aygentic Starter - Verify your email",
      "Aygentic Starter - Password recovery for user forgetful@example.com",
    ]);
    const newest = mails.at(-1);
    const link = newest?.html.match(linkPattern)?.[0] ?? "";
    expect(newest?.html).toContain(`href="http://localhost:5173${link}"`);
    expect(link).not.toContain("&");
    const token = tokenOf(newest?.html ?? "");
    expect(newest?.text).toContain(`http://localhost:5173/reset-password?token=${token}`);

    const reset = await postJson(app, "/reset-password/", { token, new_password: "new-password-2" });
    expect(reset.status).toBe(200);
    expect(await reset.json()).toEqual({ message: "Password updated successfully" });

    expect((await logIn(app, "forgetful@example.com", "new-password-2")).status).toBe(200);
    const oldLogin = await logIn(app, "forgetful@example.com", "old-password-1");
    expect(oldLogin.status).toBe(400);
    expect(await oldLogin.json()).toEqual({ detail: "Incorrect email or password" });

    const replay = await postJson(app, "/reset-password/", { token, new_password: "third-password-3" });
    expect(replay.status).toBe(400);
    expect(await replay.json()).toEqual({ detail: "Invalid token" });
    expect((await logIn(app, "forgetful@example.com", "new-password-2")).status).toBe(200);
  });

  it("gives an unknown address the same answer and sends it nothing", async () => {
    const recovery = await post(app, "/password-recovery/nobody-here@example.com");
    expect(recovery.status).toBe(200);
    expect(await recovery.json()).toEqual(recoveryAnswer);
    expect(smtp.mailsTo("nobody-here@example.com")).toEqual([]);
  });

  it("shows a superuser the rendered reset e-mail as HTML with its subject in a header, sending nothing", async () => {
    await signUp(app, "previewed@example.com", "preview-password-1");
    const authorization = `Bearer ${await app.superuserToken()}`;
    const response = await post(app, "/password-recovery-html-content/previewed@example.com", {
      headers: { authorization },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/html/);
    expect(response.headers.get("subject")).toBe("Aygentic Starter - Password recovery for user previewed@example.com");
    const html = await response.text();
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain("Reset your password");
    const token = tokenOf(html);
    expect(token).not.toBe("");
    expect(smtp.mailsTo("previewed@example.com")).toEqual([]);
    const reset = await postJson(app, "/reset-password/", { token, new_password: "previewed-new-2" });
    expect(reset.status).toBe(200);
  });

  it("answers 404 to a superuser previewing the e-mail of an unknown user", async () => {
    const authorization = `Bearer ${await app.superuserToken()}`;
    const response = await post(app, "/password-recovery-html-content/ghost@example.com", {
      headers: { authorization },
    });
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ detail: "The user with this username does not exist in the system." });
  });
});

describe("password recovery answers before the e-mail is sent", () => {
  it("answers while the SMTP server still holds the message, and shutting down waits for the delivery", async () => {
    let release: (value?: unknown) => void = () => undefined;
    const held = new Promise((resolve) => {
      release = resolve;
    });
    const smtp = await startCapturingSmtpServer({}, { acceptAfter: held });
    const app = await startTestApp({ smtp: { host: smtp.host, port: smtp.port, tls: false, ssl: false } });
    let closing: Promise<void> | undefined;
    try {
      await signUp(app, "patient@example.com", "patient-password-1");
      // Before, the answer waited for the SMTP server, so a registered address answered measurably later.
      const recovery = await post(app, "/password-recovery/patient@example.com");
      expect(await recovery.json()).toEqual(recoveryAnswer);
      expect(await post(app, "/password-recovery/stranger@example.com").then((r) => r.json())).toEqual(recoveryAnswer);
      expect(smtp.mails).toEqual([]);
      closing = app.close();
      release();
      await closing;
      // One job at a time: the sign-up's verification e-mail was in flight and is delivered; the recovery e-mail
      // behind it stays queued for the next start.
      expect(smtp.mailsTo("patient@example.com").map((mail) => mail.subject)).toEqual([
        "Aygentic Starter - Verify your email",
      ]);
      expect(smtp.mailsTo("stranger@example.com")).toEqual([]);
    } finally {
      release();
      await (closing ?? app.close());
      await smtp.close();
    }
  });
});

describe("password recovery when the SMTP server is down", () => {
  let app: TestApp;
  beforeAll(async () => {
    const closedPort = await freePort();
    app = await startTestApp({
      smtp: { host: "127.0.0.1", port: closedPort, tls: false, ssl: false, timeoutMs: 2_000 },
    });
  });
  afterAll(() => app?.close());

  it("still answers the generic 200 message", async () => {
    await signUp(app, "unlucky@example.com", "unlucky-password-1");
    const recovery = await post(app, "/password-recovery/unlucky@example.com");
    expect(recovery.status).toBe(200);
    expect(await recovery.json()).toEqual(recoveryAnswer);
  });

  it("queues the test e-mail and answers 201 at once; the failed send waits in the queue for a retry", async () => {
    const response = await post(app, "/utils/test-email/?email_to=ops@example.com", {
      headers: { authorization: `Bearer ${await app.superuserToken()}` },
    });
    expect(response.status).toBe(201);
    const retrying = await delivered(async () => {
      const row = await app.knex.withSchema("pgboss").from("job").where({ name: "email", state: "retry" }).first();
      return row ?? undefined;
    });
    expect(retrying.output.message).toMatch(/^Email could not be sent \(E[A-Z]+\)$/);
  });
});
