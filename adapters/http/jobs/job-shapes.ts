import type { JobRecord, JobState, QueueCounts } from "../../../core/jobs/job.js";
import type { Paged } from "../../../core/shared/page.js";
import { nothingLeft, type UUID } from "../shared-shapes.js";

/** Where a job stands: waiting (first try or a retry), running, done, or failed for good. */
export type JobStateName = "queued" | "active" | "failed" | "completed";

/** A background job as an operator sees it; never its payload. */
export interface JobPublic {
  id: UUID;
  /** `email`, `audit-retention`, `session-purge` or `verification-purge`. */
  queue: string;
  state: JobStateName;
  /** Attempts made so far. */
  attempts: number;
  created_at: Date;
  updated_at: Date;
  /** A short description of the last failure (an SMTP error code, say); never a secret or an e-mail's content. */
  last_error: string | null;
}

/** One page of jobs, failed ones first, and the number matching the filters. */
export interface JobsPublic {
  data: JobPublic[];
  count: number;
}

/** How many jobs one queue holds in each state. */
export interface QueueCountsPublic {
  queue: string;
  queued: number;
  active: number;
  failed: number;
  completed: number;
}

export function jobPublic(job: JobRecord): JobPublic {
  const { id, queue, state, attempts, createdAt, updatedAt, lastError, ...unnamed } = job;
  nothingLeft(unnamed);
  return {
    id,
    queue,
    state: state satisfies JobState,
    attempts,
    created_at: createdAt,
    updated_at: updatedAt,
    last_error: lastError,
  };
}

export const jobsPublic = (page: Paged<JobRecord>): JobsPublic => ({
  data: page.data.map(jobPublic),
  count: page.count,
});

export const queueCountsPublic = (counts: readonly QueueCounts[]): QueueCountsPublic[] =>
  counts.map(({ queue, counts: { queued, active, failed, completed } }) => ({
    queue,
    queued,
    active,
    failed,
    completed,
  }));
