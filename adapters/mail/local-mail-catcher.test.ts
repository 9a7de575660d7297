import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LocalMailCatcher, startLocalMailCatcher } from "./local-mail-catcher.js";
import { SmtpMailer } from "./smtp-mailer.js";
import { freePort } from "./testing/free-port.js";

const messageId = () => randomUUID();

interface CaughtMail {
  id: string;
  subject: string;
  html: string;
  text: string;
  to: { address: string; name: string }[];
  from: { address: string; name: string }[];
}

describe("local mail catcher", () => {
  let catcher: LocalMailCatcher;
  let smtpPort: number;
  let webPort: number;
  beforeAll(async () => {
    [smtpPort, webPort] = [await freePort(), await freePort()];
    catcher = await startLocalMailCatcher({ smtpPort, webPort });
  });
  afterAll(() => catcher.close());

  it("listens on 127.0.0.1 and names its web inbox", () => {
    expect(catcher).toMatchObject({ smtpHost: "127.0.0.1", smtpPort, inboxUrl: `http://127.0.0.1:${webPort}/` });
  });

  it("catches what SmtpMailer sends and shows it through its REST API", async () => {
    const mailer = new SmtpMailer({
      smtp: { host: catcher.smtpHost, port: catcher.smtpPort, tls: false, ssl: false },
      from: { name: "Aygentic Starter", address: "noreply@example.com" },
      projectName: "Aygentic Starter",
      frontendHost: "http://localhost:5173",
      resetTokenExpireHours: 48,
      verifyTokenExpireHours: 48,
    });
    await mailer.deliver(
      { kind: "password_reset", to: "caught@example.com", token: "header.payload.signature" },
      messageId(),
    );
    const response = await fetch(`${catcher.inboxUrl}email`);
    expect(response.status).toBe(200);
    const mails = (await response.json()) as CaughtMail[];
    const mail = mails.find((candidate) => candidate.to.some((to) => to.address === "caught@example.com"));
    expect(mail?.subject).toBe("Aygentic Starter - Password recovery for user caught@example.com");
    expect(mail?.from[0]).toMatchObject({ address: "noreply@example.com", name: "Aygentic Starter" });
    expect(mail?.html.match(/\/reset-password\?token=[^"]+/)?.[0]).toBe(
      "/reset-password?token=header.payload.signature",
    );
    expect(mail?.text).toContain("http://localhost:5173/reset-password?token=header.payload.signature");
  });

  it("serves the web inbox page", async () => {
    const response = await fetch(catcher.inboxUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/html");
  });

  it("refuses a second catcher in the same process and port 0, which maildev cannot use", async () => {
    await expect(startLocalMailCatcher({ smtpPort: await freePort(), webPort: await freePort() })).rejects.toThrow(
      /already running/,
    );
    await expect(startLocalMailCatcher({ smtpPort: 0 })).rejects.toThrow(/port 0/);
  });
});

describe("local mail catcher start-up failures", () => {
  it("rejects, instead of crashing the process, when its SMTP port is taken, and can start again after", async () => {
    const blocker = await startLocalMailCatcher({ smtpPort: await freePort(), webPort: await freePort() });
    const takenSmtpPort = blocker.smtpPort;
    await blocker.close();
    const { createServer } = await import("node:net");
    const squatter = createServer();
    await new Promise<void>((resolve) => squatter.listen(takenSmtpPort, "127.0.0.1", resolve));
    try {
      await expect(startLocalMailCatcher({ smtpPort: takenSmtpPort, webPort: await freePort() })).rejects.toMatchObject(
        {
          code: "EADDRINUSE",
        },
      );
    } finally {
      squatter.close();
    }
    const again = await startLocalMailCatcher({ smtpPort: await freePort(), webPort: await freePort() });
    expect((await fetch(`${again.inboxUrl}email`)).status).toBe(200);
    await again.close();
  });
});
