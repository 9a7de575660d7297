import { describe, expect, it } from "vitest";
import type { RecordingMailerOptions } from "../../adapters/memory/recording-mailer.js";
import { createTestWorld } from "../../adapters/memory/test-world.js";
import { RequestPasswordReset } from "./request-password-reset.js";

function setUp(mailer?: RecordingMailerOptions) {
  const world = createTestWorld({ mailer });
  return { ...world, requestReset: new RequestPasswordReset(world.users, world.tokens, world.mailer, world.trail) };
}

describe("RequestPasswordReset", () => {
  it("mails the user a reset token bound to their e-mail and current password", async () => {
    const { seedUser, tokens, queuedEmails, requestReset } = setUp();
    const { user } = await seedUser({ email: "ann@example.com" });
    await requestReset.execute("ann@example.com");
    expect(queuedEmails()).toHaveLength(1);
    const [mail] = queuedEmails();
    expect(mail).toMatchObject({ kind: "password_reset", to: "ann@example.com" });
    expect(tokens.readResetToken(mail?.kind === "password_reset" ? mail.token : "")).toEqual({
      email: "ann@example.com",
      passwordStamp: tokens.passwordStamp(user.hashedPassword),
    });
  });

  it("mails an inactive user too", async () => {
    const { seedUser, queuedEmails, requestReset } = setUp();
    await seedUser({ email: "ann@example.com", isActive: false });
    await requestReset.execute("ann@example.com");
    expect(queuedEmails().map((mail) => mail.to)).toEqual(["ann@example.com"]);
  });

  it("resolves the same for an unknown e-mail and mails nobody", async () => {
    const { seedUser, queuedEmails, requestReset } = setUp();
    await seedUser({ email: "ann@example.com" });
    await expect(requestReset.execute("nobody@example.com")).resolves.toBeUndefined();
    await expect(requestReset.execute("ANN@example.com")).resolves.toBeUndefined();
    expect(queuedEmails()).toEqual([]);
  });

  it("resolves without sending when e-mail is not configured", async () => {
    const { seedUser, queuedEmails, requestReset } = setUp({ enabled: false });
    await seedUser({ email: "ann@example.com" });
    await expect(requestReset.execute("ann@example.com")).resolves.toBeUndefined();
    expect(queuedEmails()).toEqual([]);
  });

  it("never waits for SMTP: with delivery failing, the answer is the same and the e-mail stays queued", async () => {
    const { seedUser, mailer, queuedEmails, requestReset } = setUp({ failing: true });
    await seedUser({ email: "ann@example.com" });
    await expect(requestReset.execute("ann@example.com")).resolves.toBeUndefined();
    expect(mailer.attempts).toBe(0);
    expect(queuedEmails()).toHaveLength(1);
  });
});
