import type { PruneAuditEvents } from "../../core/audit/prune-audit-events.js";
import type { PurgeEndedSessions } from "../../core/auth/purge-ended-sessions.js";
import type { DeliverEmail } from "../../core/mail/deliver-email.js";
import type { OutgoingEmail } from "../../core/mail/outgoing-email.js";
import type { PurgeEndedInvitations } from "../../core/organizations/purge-ended-invitations.js";
import { isDomainError } from "../../core/shared/errors.js";
import type { PurgeExpiredVerifications } from "../../core/users/purge-expired-verifications.js";
import { rootLogger, withLogger } from "../logger.js";
import type { JobMetrics } from "./job-metrics.js";
import type { JobHandler, JobRunner, QueuePolicy } from "./job-runner.js";
import type { JobSettings } from "./job-settings.js";
import {
  AUDIT_RETENTION_QUEUE,
  EMAIL_QUEUE,
  INVITATION_PURGE_QUEUE,
  SCHEDULES,
  SESSION_PURGE_QUEUE,
  VERIFICATION_PURGE_QUEUE,
} from "./queues.js";

/** The use cases the queues run. */
export interface JobWork {
  readonly deliverEmail: DeliverEmail;
  readonly pruneAuditEvents: PruneAuditEvents;
  readonly purgeEndedSessions: PurgeEndedSessions;
  readonly purgeEndedInvitations: PurgeEndedInvitations;
  readonly purgeExpiredVerifications: PurgeExpiredVerifications;
}

const logger = rootLogger.child({ component: "jobs" });
const MAX_DESCRIPTION = 200;

/**
 * What is kept of a failure with the job (and shown to operators): a domain refusal's message, or an error's name and
 * code, or its first line; never a payload, which may hold a reset link.
 */
export function describeJobError(error: unknown): string {
  if (isDomainError(error)) return error.message;
  if (!(error instanceof Error)) return "Error";
  const code = (error as Error & { code?: unknown }).code;
  const described =
    typeof code === "string" ? `${error.name} (${code})` : `${error.name}: ${error.message.split("\n")[0]}`;
  return described.slice(0, MAX_DESCRIPTION);
}

/** Every queue of the app with its retry policy, as the settings give them. */
export function appQueues(settings: JobSettings): ReadonlyMap<string, QueuePolicy> {
  const policy = {
    maxAttempts: settings.maxAttempts,
    retryDelaySeconds: settings.retryDelaySeconds,
    timeoutSeconds: settings.timeoutSeconds,
  };
  return new Map(
    [EMAIL_QUEUE, AUDIT_RETENTION_QUEUE, SESSION_PURGE_QUEUE, INVITATION_PURGE_QUEUE, VERIFICATION_PURGE_QUEUE].map(
      (queue) => [queue, policy],
    ),
  );
}

/** Declares every queue of the app on a runner; each process does it before it enqueues or works. */
export async function declareQueues(runner: JobRunner, settings: JobSettings): Promise<void> {
  for (const [queue, policy] of appQueues(settings)) await runner.declare(queue, policy);
}

/** A handler that logs with the job's id and its request's trace id, feeds the metrics, and keeps a safe error. */
function instrumented(queue: string, handler: JobHandler, metrics: JobMetrics | null): JobHandler {
  return async (job) => {
    const traced = job.traceId ? { trace_id: job.traceId } : {};
    const log = logger.child({ job_id: job.id, queue, attempt: job.attempt, ...traced });
    const stopTimer = metrics?.duration.startTimer({ queue });
    try {
      await withLogger(log, () => handler(job));
      metrics?.completed.inc({ queue });
      log.info("job done");
    } catch (error) {
      const description = describeJobError(error);
      (job.lastAttempt ? metrics?.failed : metrics?.retried)?.inc({ queue });
      log.warn({ error: description }, job.lastAttempt ? "job failed for good" : "job failed; it will be retried");
      throw new Error(description);
    } finally {
      stopTimer?.();
    }
  };
}

/** Starts this process's workers on every queue and registers the schedules (they fire once across workers). */
export async function startWorkers(runner: JobRunner, work: JobWork, metrics: JobMetrics | null): Promise<void> {
  const handlers: Record<string, JobHandler> = {
    [EMAIL_QUEUE]: (job) => work.deliverEmail.execute(job.payload as unknown as OutgoingEmail, job.id),
    [AUDIT_RETENTION_QUEUE]: async () => {
      const pruned = await work.pruneAuditEvents.execute();
      if (pruned > 0) logger.info({ pruned }, "pruned audit events past their retention");
    },
    [SESSION_PURGE_QUEUE]: async () => {
      const purged = await work.purgeEndedSessions.execute();
      if (purged > 0) logger.info({ purged }, "deleted sessions that ended more than a day ago");
    },
    [INVITATION_PURGE_QUEUE]: async () => {
      const purged = await work.purgeEndedInvitations.execute();
      if (purged > 0) logger.info({ purged }, "deleted invitations that ended more than a day ago");
    },
    [VERIFICATION_PURGE_QUEUE]: async () => {
      const purged = await work.purgeExpiredVerifications.execute();
      if (purged > 0) logger.info({ purged }, "deleted e-mail verification links that expired unused");
    },
  };
  for (const [queue, handler] of Object.entries(handlers))
    await runner.work(queue, instrumented(queue, handler, metrics));
  for (const { queue, cron } of SCHEDULES) await runner.schedule(queue, cron);
}
