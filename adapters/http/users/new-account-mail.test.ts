import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CapturingSmtpServer, startCapturingSmtpServer } from "../../mail/testing/capturing-smtp-server.js";
import { RecordingMailer } from "../../memory/recording-mailer.js";
import { startTestApp, type TestApp } from "../../testing/test-app.js";

async function createUser(app: TestApp, email: string, password: string): Promise<Response> {
  return fetch(`${app.baseUrl}/api/v1/users/`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${await app.superuserToken()}` },
    body: JSON.stringify({ email, password, full_name: "New Colleague", is_active: true }),
  });
}

async function sendTestEmail(app: TestApp, emailTo: string): Promise<Response> {
  return fetch(`${app.baseUrl}/api/v1/utils/test-email/?email_to=${encodeURIComponent(emailTo)}`, {
    method: "POST",
    headers: { authorization: `Bearer ${await app.superuserToken()}` },
  });
}

describe("mail from admin actions, with e-mail on", () => {
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

  it("welcomes a user an admin created, with the username and the way in but never the password", async () => {
    const response = await createUser(app, "colleague@example.com", "Initial-Secret-123");
    expect(response.status).toBe(200);
    // Both are queued in the creation's transaction, so either may be delivered first.
    const mails = await smtp.waitForMailsTo("colleague@example.com", 2);
    expect(mails.map((mail) => mail.subject).sort()).toEqual([
      "Aygentic Starter - New account for user colleague@example.com",
      "Aygentic Starter - Verify your email",
    ]);
    const welcome = mails.find((mail) => mail.subject.includes("New account"));
    expect(welcome?.html).toContain("colleague@example.com");
    expect(welcome?.html).toContain('href="http://localhost:5173"');
    expect(welcome?.text).toContain("Forgot your password?");
    for (const mail of mails) expect(`${mail.html}${mail.text}`).not.toContain("Initial-Secret-123");
  });

  it("sends the test e-mail and answers 201", async () => {
    const response = await sendTestEmail(app, "ops@example.com");
    expect(response.status).toBe(201);
    expect(await response.json()).toEqual({ message: "Test email sent" });
    const mails = await smtp.waitForMailsTo("ops@example.com");
    expect(mails).toHaveLength(1);
    expect(mails[0]?.subject).toBe("Aygentic Starter - Test email");
    expect(mails[0]?.text).toContain("Sent to: ops@example.com");
  });
});

describe("mail from admin actions, with e-mail off", () => {
  const mailer = new RecordingMailer({ enabled: false });
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ mailer });
  });
  afterAll(() => app?.close());

  it("creates the user and does not try to send anything", async () => {
    const response = await createUser(app, "quiet@example.com", "Initial-Secret-123");
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ email: "quiet@example.com" });
    expect(mailer.attempts).toBe(0);
  });

  it("answers 503 Email is not configured to the test e-mail", async () => {
    const response = await sendTestEmail(app, "ops@example.com");
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ detail: "Email is not configured" });
    expect(mailer.attempts).toBe(0);
  });
});
