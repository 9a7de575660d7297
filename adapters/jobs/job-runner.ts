import type { JobPayload } from "../../core/jobs/job.js";
import type { JobAdmin, JobQueue } from "../../core/jobs/ports.js";

/** One job handed to a handler. */
export interface RunningJob {
  readonly id: string;
  readonly queue: string;
  readonly payload: JobPayload;
  /** The trace of the request that enqueued it, when that request was traced. */
  readonly traceId: string | null;
  /** 1 on the first try. */
  readonly attempt: number;
  /** Whether a failure now fails the job for good. */
  readonly lastAttempt: boolean;
}

export type JobHandler = (job: RunningJob) => Promise<void>;

/** How one queue retries and how long a running job may take. */
export interface QueuePolicy {
  readonly maxAttempts: number;
  readonly retryDelaySeconds: number;
  readonly timeoutSeconds: number;
}

/**
 * The queue as the process runs it: declare queues, enqueue outside a unit of work, take jobs, fire schedules, and
 * stop. Implemented by pg-boss on the app's database and by an in-memory fake; both pass one contract suite.
 */
export interface JobRunner extends JobAdmin {
  /** Readies the storage (pg-boss creates or upgrades its schema) and starts maintenance when supervising. */
  start(): Promise<void>;
  /** Creates the queue, or updates its policy. */
  declare(queue: string, policy: QueuePolicy): Promise<void>;
  /** Enqueues outside any unit of work (schedules, tests). */
  readonly queue: JobQueue;
  /** Starts taking the queue's jobs one at a time, oldest first. */
  work(queue: string, handler: JobHandler): Promise<void>;
  /** Enqueues a job on `queue` at each time the cron expression names, once across every runner of the database. */
  schedule(queue: string, cron: string): Promise<void>;
  /** Wakes this process's worker of `queue` (a job was just committed), instead of waiting for its next poll. */
  wake(queue: string): void;
  /**
   * Takes no new job, waits up to `graceMs` for the running ones, then puts those still running back in the queue.
   */
  stop(graceMs: number): Promise<void>;
}
