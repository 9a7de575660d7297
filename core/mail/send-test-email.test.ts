import { describe, expect, it } from "vitest";
import type { RecordingMailerOptions } from "../../adapters/memory/recording-mailer.js";
import { refusalOf } from "../../adapters/memory/refusal-of.js";
import { createTestWorld } from "../../adapters/memory/test-world.js";
import { SendTestEmail } from "./send-test-email.js";

async function setUp(mailer?: RecordingMailerOptions) {
  const world = createTestWorld({ mailer });
  const admin = await world.seedUser({ isSuperuser: true });
  return { ...world, admin, sendTestEmail: new SendTestEmail(world.mailer, world.unitOfWork) };
}

describe("SendTestEmail", () => {
  it("queues the test e-mail for a superuser", async () => {
    const { admin, queuedEmails, sendTestEmail } = await setUp();
    await sendTestEmail.execute(admin.actor, "someone@example.com");
    expect(queuedEmails()).toEqual([{ kind: "test_email", to: "someone@example.com" }]);
  });

  it("refuses a regular user and sends nothing", async () => {
    const { seedUser, queuedEmails, sendTestEmail } = await setUp();
    const regular = await seedUser();
    expect(await refusalOf(sendTestEmail.execute(regular.actor, "someone@example.com"))).toEqual({
      kind: "forbidden",
      code: "auth.insufficient_privileges",
      message: "The user doesn't have enough privileges",
    });
    expect(queuedEmails()).toEqual([]);
  });

  it("says e-mail is not configured when it is off", async () => {
    const { admin, queuedEmails, sendTestEmail } = await setUp({ enabled: false });
    expect(await refusalOf(sendTestEmail.execute(admin.actor, "someone@example.com"))).toEqual({
      kind: "unavailable",
      code: "mail.not_configured",
      message: "Email is not configured",
    });
    expect(queuedEmails()).toEqual([]);
  });
});
