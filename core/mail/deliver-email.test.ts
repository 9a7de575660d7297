import { describe, expect, it } from "vitest";
import { RecordingMailer } from "../../adapters/memory/recording-mailer.js";
import { DeliverEmail } from "./deliver-email.js";

describe("DeliverEmail", () => {
  it("hands the queued e-mail to the mailer with the job's id as its Message-ID", async () => {
    const mailer = new RecordingMailer();
    await new DeliverEmail(mailer).execute({ kind: "new_account", to: "ann@example.com" }, "job-1");
    expect(mailer.outbox).toEqual([{ kind: "new_account", to: "ann@example.com", messageId: "job-1" }]);
  });

  it("passes the mailer's refusal on, so the job is retried", async () => {
    const mailer = new RecordingMailer({ failing: true });
    const delivery = new DeliverEmail(mailer).execute({ kind: "test_email", to: "ops@example.com" }, "job-2");
    await expect(delivery).rejects.toMatchObject({ code: "mail.not_sent" });
    expect(mailer.attempts).toBe(1);
  });
});
