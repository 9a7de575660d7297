import { randomUUID } from "node:crypto";
import { createServer, type Server, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withLogger } from "../logger.js";
import { SmtpMailer, type SmtpMailerOptions } from "./smtp-mailer.js";
import type { SmtpSettings } from "./smtp-settings.js";
import { type CapturingSmtpServer, startCapturingSmtpServer } from "./testing/capturing-smtp-server.js";
import { freePort } from "./testing/free-port.js";
import { memoryLogger } from "./testing/memory-log.js";

const messageId = () => randomUUID();

const token = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbmFAZXhhbXBsZS5jb20ifQ.sig-_nature";

function mailerFor(smtp: SmtpSettings | null, overrides: Partial<SmtpMailerOptions> = {}): SmtpMailer {
  return new SmtpMailer({
    smtp,
    from: { name: "Aygentic Starter", address: "noreply@example.com" },
    projectName: "Aygentic Starter",
    frontendHost: "http://localhost:5173/",
    resetTokenExpireHours: 48,
    verifyTokenExpireHours: 48,
    ...overrides,
  });
}

const plain = (server: { port: number }, extra: Partial<SmtpSettings> = {}): SmtpSettings => ({
  host: "127.0.0.1",
  port: server.port,
  tls: false,
  ssl: false,
  ...extra,
});

async function rawServer(onConnection: (socket: Socket) => void): Promise<{ server: Server; port: number }> {
  const server = createServer(onConnection);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  return { server, port: typeof address === "object" && address ? address.port : 0 };
}

describe("SmtpMailer against a real SMTP server", () => {
  let smtp: CapturingSmtpServer;
  beforeAll(async () => {
    smtp = await startCapturingSmtpServer();
  });
  afterAll(() => smtp.close());

  it("delivers the password reset e-mail with the link to the front end's reset page", async () => {
    await mailerFor(plain(smtp)).deliver({ kind: "password_reset", to: "ana@example.com", token: token }, messageId());
    const [mail] = smtp.mailsTo("ana@example.com");
    expect(mail?.subject).toBe("Aygentic Starter - Password recovery for user ana@example.com");
    expect(mail?.to).toBe("ana@example.com");
    expect(mail?.from).toBe('"Aygentic Starter" <noreply@example.com>');
    expect(mail?.parsed.from?.value).toEqual([{ name: "Aygentic Starter", address: "noreply@example.com" }]);
    const link = mail?.html.match(/\/reset-password\?token=[^"]+/)?.[0];
    expect(link).toBe(`/reset-password?token=${token}`);
    expect(mail?.html).toContain(`href="http://localhost:5173/reset-password?token=${token}"`);
    expect(mail?.html).not.toContain("&amp;");
    expect(mail?.text).toContain(`http://localhost:5173/reset-password?token=${token}`);
    expect(mail?.text).toContain("valid for 48 hours");
  });

  it("close waits, a bounded time, for a delivery still in flight", async () => {
    const mailer = mailerFor(plain(smtp));
    const sending = mailer.deliver({ kind: "password_reset", to: "late@example.com", token: token }, messageId());
    await mailer.close();
    expect(smtp.mailsTo("late@example.com")).toHaveLength(1);
    await sending;
  });

  it("close stops waiting for a delivery the server never confirms after maxWaitMs", async () => {
    const stalling = await startCapturingSmtpServer({}, { acceptAfter: new Promise(() => undefined) });
    try {
      const mailer = mailerFor(plain(stalling));
      const sending = mailer.deliver({ kind: "test_email", to: "stuck@example.com" }, messageId());
      sending.catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 200));
      const started = Date.now();
      await mailer.close(300);
      expect(Date.now() - started).toBeLessThan(2_000);
    } finally {
      await stalling.close();
    }
  });

  it("delivers the new account e-mail with the username and the way in", async () => {
    await mailerFor(plain(smtp)).deliver({ kind: "new_account", to: "new@example.com" }, messageId());
    const [mail] = smtp.mailsTo("new@example.com");
    expect(mail?.subject).toBe("Aygentic Starter - New account for user new@example.com");
    expect(mail?.html).toContain('href="http://localhost:5173/"');
    expect(mail?.html).toContain("Go to Dashboard");
    expect(mail?.text).toContain("Your username: new@example.com");
  });

  it("sends with the job's id as the Message-ID, so a retried send is recognisable", async () => {
    const id = randomUUID();
    await mailerFor(plain(smtp)).deliver({ kind: "test_email", to: "retried@example.com" }, id);
    await mailerFor(plain(smtp)).deliver({ kind: "test_email", to: "retried@example.com" }, id);
    const ids = smtp.mailsTo("retried@example.com").map((mail) => mail.parsed.messageId);
    expect(ids).toEqual([`<${id}@example.com>`, `<${id}@example.com>`]);
  });

  it("delivers the password-changed notice with the time of the change", async () => {
    const changedAt = "2030-05-06T07:08:09.000Z";
    await mailerFor(plain(smtp)).deliver({ kind: "password_changed", to: "pc@example.com", changedAt }, messageId());
    const [mail] = smtp.mailsTo("pc@example.com");
    expect(mail?.subject).toBe("Aygentic Starter - Your password was changed");
    expect(mail?.text).toContain("2030");
  });

  it("delivers the test e-mail naming its recipient", async () => {
    await mailerFor(plain(smtp)).deliver({ kind: "test_email", to: "ops@example.com" }, messageId());
    const [mail] = smtp.mailsTo("ops@example.com");
    expect(mail?.subject).toBe("Aygentic Starter - Test email");
    expect(mail?.html).toContain("ops@example.com");
    expect(mail?.text).toContain("Sent to: ops@example.com");
  });

  it("keeps UTF-8 names and addresses intact in headers and content", async () => {
    const mailer = mailerFor(plain(smtp), {
      projectName: "Ägentic Stärter ✉",
      from: { name: 'Zoë "the" Sender', address: "noreply@example.com" },
    });
    await mailer.deliver({ kind: "test_email", to: "josé@exämple.com" }, messageId());
    const [mail] = smtp.mailsTo("josé@exämple.com");
    expect(mail?.subject).toBe("Ägentic Stärter ✉ - Test email");
    expect(mail?.from).toBe('"Zoë \\"the\\" Sender" <noreply@example.com>');
    expect(mail?.parsed.from?.value[0]?.name).toBe('Zoë "the" Sender');
    expect(mail?.html).toContain("josé@exämple.com");
    expect(mail?.text).toContain("Sent to: josé@exämple.com");
  });

  it("sends nothing and rejects with mail.not_configured when SMTP is not configured", async () => {
    const mailer = mailerFor(null);
    expect(mailer.enabled).toBe(false);
    await expect(mailer.deliver({ kind: "test_email", to: "nobody@example.com" }, messageId())).rejects.toMatchObject({
      code: "mail.not_configured",
    });
    expect(smtp.mailsTo("nobody@example.com")).toEqual([]);
  });
});

describe("SmtpMailer connection security and credentials", () => {
  it("logs in with the user and password when both are set", async () => {
    const server = await startCapturingSmtpServer({
      allowInsecureAuth: true,
      onAuth: (auth, _session, callback) =>
        auth.username === "mailer" && auth.password === "s3cret"
          ? callback(null, { user: auth.username })
          : callback(new Error("bad credentials")),
    });
    try {
      await mailerFor(plain(server, { user: "mailer", password: "s3cret" })).deliver(
        { kind: "test_email", to: "auth@example.com" },
        messageId(),
      );
      expect(server.mailsTo("auth@example.com")[0]?.user).toBe("mailer");
      await mailerFor(plain(server)).deliver({ kind: "test_email", to: "anonymous@example.com" }, messageId());
      expect(server.mailsTo("anonymous@example.com")[0]?.user).toBeUndefined();
    } finally {
      await server.close();
    }
  });

  it("with tls, refuses to send in clear text to a server that offers no STARTTLS", async () => {
    const server = await startCapturingSmtpServer();
    try {
      const mailer = mailerFor(plain(server, { tls: true }));
      await expect(mailer.deliver({ kind: "test_email", to: "clear@example.com" }, messageId())).rejects.toMatchObject({
        code: "mail.not_sent",
      });
      expect(server.mails).toEqual([]);
    } finally {
      await server.close();
    }
  });

  it("with tls, upgrades the connection with STARTTLS", async () => {
    const commands: string[] = [];
    const { server, port } = await rawServer((socket) => {
      socket.write("220 fake ESMTP\r\n");
      socket.on("data", (data) => {
        const command = String(data).trim().split(" ")[0] ?? "";
        commands.push(command);
        if (command === "EHLO") socket.write("250-fake\r\n250 STARTTLS\r\n");
        else socket.destroy();
      });
    });
    try {
      const mailer = mailerFor({ host: "127.0.0.1", port, tls: true, ssl: false, timeoutMs: 2_000 });
      await expect(mailer.deliver({ kind: "test_email", to: "tls@example.com" }, messageId())).rejects.toMatchObject({
        code: "mail.not_sent",
      });
      expect(commands).toEqual(["EHLO", "STARTTLS"]);
    } finally {
      server.close();
    }
  });

  it("with ssl, opens the connection with a TLS handshake before any SMTP", async () => {
    const firstBytes: number[] = [];
    const { server, port } = await rawServer((socket) => {
      socket.once("data", (data) => {
        firstBytes.push(data[0] ?? -1);
        socket.destroy();
      });
    });
    try {
      const mailer = mailerFor({ host: "127.0.0.1", port, tls: false, ssl: true, timeoutMs: 2_000 });
      await expect(mailer.deliver({ kind: "test_email", to: "ssl@example.com" }, messageId())).rejects.toMatchObject({
        code: "mail.not_sent",
      });
      expect(firstBytes).toEqual([0x16]);
    } finally {
      server.close();
    }
  });
});

describe("SmtpMailer when delivery fails", () => {
  it("rejects with mail.not_sent and logs the failure with the request id, never the token", async () => {
    const port = await freePort();
    const { logger, lines } = memoryLogger({ requestId: "req-42" });
    const mailer = mailerFor(plain({ port }));
    const sending = withLogger(logger, () =>
      mailer.deliver({ kind: "password_reset", to: "ana@example.com", token: token }, messageId()),
    );
    await expect(sending).rejects.toMatchObject({
      code: "mail.not_sent",
      message: expect.stringMatching(/^Email could not be sent \(E[A-Z]+\)$/),
    });
    const logged = lines().map((line) => JSON.parse(line));
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ level: 50, requestId: "req-42", mailKind: "password_reset" });
    expect(logged[0].err.code).toBe("ESOCKET");
    expect(lines().join("\n")).not.toContain(token);
  });

  it("gives up on a server that never answers, with mail.not_sent", async () => {
    const { server, port } = await rawServer(() => undefined);
    try {
      const mailer = mailerFor(plain({ port }, { timeoutMs: 300 }));
      await expect(mailer.deliver({ kind: "test_email", to: "slow@example.com" }, messageId())).rejects.toMatchObject({
        code: "mail.not_sent",
      });
    } finally {
      server.close();
    }
  });
});
