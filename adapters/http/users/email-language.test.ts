import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CapturingSmtpServer } from "../../mail/testing/capturing-smtp-server.js";
import { type AppWithSmtp, startAppWithSmtp } from "../../testing/app-with-smtp.js";
import { testDatabaseKinds } from "../../testing/test-database.js";

const password = "a-good-password";

describe.each(testDatabaseKinds())("e-mails in the recipient's language on %s", (database) => {
  let running: AppWithSmtp;
  let smtp: CapturingSmtpServer;
  beforeAll(async () => {
    running = await startAppWithSmtp({ database });
    smtp = running.smtp;
  });
  afterAll(() => running?.close());

  async function userSpeaking(email: string, locale: "de" | null): Promise<string> {
    const { app } = running;
    expect((await app.call("POST", "/api/v1/users/signup", { json: { email, password } })).status).toBe(200);
    const login = await app.call("POST", "/api/v1/login/access-token", { form: { username: email, password } });
    const token = login.body.access_token as string;
    const chosen = await app.call("PUT", "/api/v1/users/me/preferences", { token, json: { locale } });
    expect(chosen.status).toBe(200);
    return token;
  }

  it("writes to a user who chose German in German, the document marked so", async () => {
    await userSpeaking("greta@example.com", "de");
    expect((await running.app.call("POST", "/api/v1/password-recovery/greta@example.com")).status).toBe(200);
    const [mail] = await smtp.waitForMailsTo("greta@example.com");
    expect(mail?.subject).toBe("Aygentic Starter - Passwort-Wiederherstellung für greta@example.com");
    expect(mail?.text).toContain("Dieser Link ist 48 Stunden gültig.");
    expect(mail?.html).toContain('<html lang="de">');
  });

  it("tells the old address of a German speaker about an e-mail change in German", async () => {
    const token = await userSpeaking("umzug@example.com", "de");
    const moved = await running.app.call("PATCH", "/api/v1/users/me", { token, json: { email: "neu@example.org" } });
    expect(moved.status).toBe(200);
    const [mail] = await smtp.waitForMailsTo("umzug@example.com");
    expect(mail?.subject).toBe("Aygentic Starter - Ihre E-Mail-Adresse wurde geändert");
  });

  it("keeps English for a user who chose nothing, and for an address with no account", async () => {
    await userSpeaking("ann@example.com", null);
    expect((await running.app.call("POST", "/api/v1/password-recovery/ann@example.com")).status).toBe(200);
    const [mail] = await smtp.waitForMailsTo("ann@example.com");
    expect(mail?.subject).toBe("Aygentic Starter - Password recovery for user ann@example.com");
    expect(mail?.html).toContain('<html lang="en">');
    const admin = await running.app.superuserToken();
    const sent = await running.app.call("POST", "/api/v1/utils/test-email/?email_to=ops@example.net", { token: admin });
    expect(sent.status).toBe(201);
    const [test] = await smtp.waitForMailsTo("ops@example.net");
    expect(test?.subject).toBe("Aygentic Starter - Test email");
  });
});
