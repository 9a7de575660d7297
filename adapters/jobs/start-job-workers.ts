import type { Registry } from "prom-client";
import { PruneAuditEvents } from "../../core/audit/prune-audit-events.js";
import { PurgeEndedSessions } from "../../core/auth/purge-ended-sessions.js";
import { DeliverEmail } from "../../core/mail/deliver-email.js";
import { PurgeEndedInvitations } from "../../core/organizations/purge-ended-invitations.js";
import { PurgeExpiredVerifications } from "../../core/users/purge-expired-verifications.js";
import type { Config } from "../config.js";
import type { BuiltAdapters } from "../create-adapters.js";
import { registerJobMetrics } from "./job-metrics.js";
import { startWorkers } from "./job-workers.js";

/** Starts the workers of every queue in this process, on the adapters' job runner; metrics go to `registry`. */
export function startJobWorkers(adapters: BuiltAdapters, config: Config, registry: Registry | null): Promise<void> {
  const { mailer, auditLog, sessions, clock, sessionPolicy, jobRunner, mfaChallenges, invitations } = adapters;
  const work = {
    deliverEmail: new DeliverEmail(mailer),
    pruneAuditEvents: new PruneAuditEvents(auditLog, clock, config.auditRetentionDays),
    purgeEndedSessions: new PurgeEndedSessions(sessions, clock, sessionPolicy, mfaChallenges),
    purgeEndedInvitations: new PurgeEndedInvitations(invitations, clock),
    purgeExpiredVerifications: new PurgeExpiredVerifications(adapters.unitOfWork, clock),
  };
  return startWorkers(jobRunner, work, registry ? registerJobMetrics(registry, jobRunner) : null);
}
