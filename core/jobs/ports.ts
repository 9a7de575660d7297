import type { Page, Paged } from "../shared/page.js";
import type { JobFilters, JobPayload, JobRecord, QueueCounts } from "./job.js";

/**
 * Puts work on a durable queue. Handed out by a unit of work, it enqueues in the unit's transaction: the job exists
 * if and only if the change that asked for it commits. Resolves with the job's id.
 */
export interface JobQueue {
  enqueue(queue: string, payload: JobPayload): Promise<string>;
}

/** What an operator reads and does on the queue. */
export interface JobAdmin {
  /** Failed jobs first, then the newest first. */
  list(page: Page, filters: JobFilters): Promise<Paged<JobRecord>>;
  counts(): Promise<QueueCounts[]>;
  find(id: string): Promise<JobRecord | null>;
  /** Puts a failed job back in the queue for one more attempt; false when it is not failed (or gone). */
  retry(id: string): Promise<boolean>;
}
