/** Where a job stands: waiting (first try or a retry), running, done, or failed for good (a dead letter). */
export type JobState = "queued" | "active" | "failed" | "completed";

export const JOB_STATES: readonly JobState[] = ["queued", "active", "failed", "completed"];

/** What a job carries: plain JSON, read back by the handler of its queue. */
export type JobPayload = Readonly<Record<string, unknown>>;

/** A job as an operator sees it; `lastError` is a short description of the last failure, never a payload. */
export interface JobRecord {
  readonly id: string;
  readonly queue: string;
  readonly state: JobState;
  readonly attempts: number;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly lastError: string | null;
}

export interface JobFilters {
  readonly state?: JobState;
  readonly queue?: string;
}

/** How many jobs of one queue are in each state. */
export interface QueueCounts {
  readonly queue: string;
  readonly counts: Readonly<Record<JobState, number>>;
}
