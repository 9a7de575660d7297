import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CapturingSmtpServer } from "../../mail/testing/capturing-smtp-server.js";
import { type AppWithSmtp, startAppWithSmtp } from "../../testing/app-with-smtp.js";
import { signUpAndLogIn, type TestApp } from "../../testing/test-app.js";
import { enableTotp } from "./two-factor-test-client.js";

describe("two-factor security e-mails over SMTP", () => {
  let running: AppWithSmtp;
  let smtp: CapturingSmtpServer;
  let app: TestApp;
  beforeAll(async () => {
    running = await startAppWithSmtp();
    ({ app, smtp } = running);
  });
  afterAll(() => running?.close());

  it("tells the user when two-factor authentication goes on, a recovery code is used, and it goes off", async () => {
    const user = await signUpAndLogIn(app, { email: "guarded@example.com" });
    const { recoveryCodes } = await enableTotp(app, user.token, user.password);
    const first = await app.call("POST", "/api/v1/login/access-token", {
      form: { username: user.email, password: user.password },
    });
    const done = await app.call("POST", "/api/v1/login/mfa", {
      json: { mfa_token: first.body.mfa_token, recovery_code: recoveryCodes[0] },
    });
    expect(done.status).toBe(200);
    const off = await app.call("POST", "/api/v1/users/me/totp/disable", {
      token: user.token,
      json: { password: user.password },
    });
    expect(off.status).toBe(200);
    const received = await smtp.waitForMailsTo("guarded@example.com", 4);
    const mails = received.filter((mail) => !mail.subject.endsWith("Verify your email"));
    expect(mails.map((mail) => mail.subject).sort()).toEqual([
      "Aygentic Starter - A recovery code was used",
      "Aygentic Starter - Two-factor authentication turned off",
      "Aygentic Starter - Two-factor authentication turned on",
    ]);
    const used = mails.find((mail) => mail.subject.endsWith("A recovery code was used"));
    expect(used?.text).toContain("You have 9 unused recovery codes left");
    expect(used?.text).toContain("http://localhost:5173/recover-password");
    for (const mail of mails) expect(`${mail.text}${mail.html}`).not.toContain(recoveryCodes[1]);
  });
});
