import { describe, expect, it } from "vitest";
import { PruneAuditEvents } from "../../core/audit/prune-audit-events.js";
import { PurgeEndedSessions } from "../../core/auth/purge-ended-sessions.js";
import { DeliverEmail } from "../../core/mail/deliver-email.js";
import { MailErrors } from "../../core/mail/mail-errors.js";
import { PurgeEndedInvitations } from "../../core/organizations/purge-ended-invitations.js";
import { PurgeExpiredVerifications } from "../../core/users/purge-expired-verifications.js";
import { InMemoryJobRunner } from "../memory/in-memory-job-runner.js";
import { createTestWorld } from "../memory/test-world.js";
import { declareQueues, describeJobError, startWorkers } from "./job-workers.js";
import {
  AUDIT_RETENTION_QUEUE,
  EMAIL_QUEUE,
  INVITATION_PURGE_QUEUE,
  SESSION_PURGE_QUEUE,
  VERIFICATION_PURGE_QUEUE,
} from "./queues.js";

const settings = { worker: true, retryDelaySeconds: 1, maxAttempts: 2, failedRetentionDays: 14, timeoutSeconds: 60 };

describe("the job workers", () => {
  it("send queued e-mails, prune the audit log, purge ended sessions, invitations and expired links on their queues", async () => {
    const world = createTestWorld();
    const { store, mailer, audit, sessions, clock, policy, unitOfWork, seedUser, invitations } = world;
    const { user } = await seedUser();
    await unitOfWork.run(({ emailVerifications }) =>
      emailVerifications.replace({ userId: user.id, email: user.email, tokenHash: "h", expiresAt: clock.now() }),
    );
    await audit.record({
      occurredAt: new Date(clock.now().getTime() - 400 * 86_400_000),
      actorId: null,
      actorEmail: null,
      action: "auth.login",
      targetType: null,
      targetId: null,
      outcome: "success",
      ipAddress: null,
      userAgent: null,
      details: {},
    });
    const runner = new InMemoryJobRunner(store);
    await declareQueues(runner, settings);
    await startWorkers(
      runner,
      {
        deliverEmail: new DeliverEmail(mailer),
        pruneAuditEvents: new PruneAuditEvents(audit, clock, 365),
        purgeEndedSessions: new PurgeEndedSessions(sessions, clock, policy),
        purgeEndedInvitations: new PurgeEndedInvitations(invitations, clock),
        purgeExpiredVerifications: new PurgeExpiredVerifications(unitOfWork, clock),
      },
      null,
    );
    try {
      const emailJob = await runner.queue.enqueue(EMAIL_QUEUE, { kind: "test_email", to: "ops@example.com" });
      const enqueued = [
        emailJob,
        await runner.queue.enqueue(AUDIT_RETENTION_QUEUE, {}),
        await runner.queue.enqueue(SESSION_PURGE_QUEUE, {}),
        await runner.queue.enqueue(INVITATION_PURGE_QUEUE, {}),
        await runner.queue.enqueue(VERIFICATION_PURGE_QUEUE, {}),
      ];
      const states = async () => Promise.all(enqueued.map(async (id) => (await runner.find(id))?.state));
      await expect.poll(states).toEqual(enqueued.map(() => "completed"));
      expect(store.ownedTable("emailVerifications").size).toBe(0);
      expect(mailer.outbox).toEqual([{ kind: "test_email", to: "ops@example.com", messageId: emailJob }]);
      expect((await audit.list({ skip: 0, limit: 10 }, {})).count).toBe(0);
    } finally {
      await runner.stop(0);
    }
  });

  it("keep a short, safe description of a failure with the job", () => {
    expect(describeJobError(MailErrors.notSent("ECONNREFUSED"))).toBe("Email could not be sent (ECONNREFUSED)");
    const withCode = Object.assign(new Error("connect ECONNREFUSED 10.0.0.1:5432 password=secret"), {
      code: "ECONNREFUSED",
    });
    expect(describeJobError(withCode)).toBe("Error (ECONNREFUSED)");
    expect(describeJobError(new TypeError("bad\nsecond line with a token"))).toBe("TypeError: bad");
    expect(describeJobError("a string")).toBe("Error");
  });
});
