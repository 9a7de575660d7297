/** How the durable job queue retries, keeps failed jobs and whether this process takes jobs (docs/operations/jobs.md). */
export interface JobSettings {
  /** Whether this process runs the workers (JOBS_WORKER); the API can leave them to `npm run worker`. */
  readonly worker: boolean;
  /** The first retry's delay; each later one doubles it (with jitter). */
  readonly retryDelaySeconds: number;
  /** Attempts before a job is failed and kept as a dead letter. */
  readonly maxAttempts: number;
  readonly failedRetentionDays: number;
  /** A job active longer than this is taken as lost (its worker died) and goes back to the queue. */
  readonly timeoutSeconds: number;
}
