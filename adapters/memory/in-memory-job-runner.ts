import { JOB_STATES, type JobFilters, type JobRecord, type JobState, type QueueCounts } from "../../core/jobs/job.js";
import type { Page, Paged } from "../../core/shared/page.js";
import type { JobHandler, JobRunner, QueuePolicy } from "../jobs/job-runner.js";
import { cronMatches } from "./cron-match.js";
import { InMemoryJobQueue, newStoredJob } from "./in-memory-job-queue.js";
import type { InMemoryStore, StoredJob } from "./in-memory-store.js";

const stateOf = (job: StoredJob): JobState =>
  job.state === "created" || job.state === "retry" ? "queued" : (job.state as JobState);

// As pg-boss counts them: a job that ran has made one attempt more than it was retried.
const attemptsOf = (job: StoredJob): number => (job.startedAt === null ? 0 : job.retries + 1);

const recordOf = (job: StoredJob): JobRecord => ({
  id: job.id,
  queue: job.queue,
  state: stateOf(job),
  attempts: attemptsOf(job),
  createdAt: job.createdAt,
  updatedAt: new Date(
    Math.max(job.createdAt.getTime(), job.startedAt?.getTime() ?? 0, job.completedAt?.getTime() ?? 0),
  ),
  lastError: job.state === "completed" ? null : job.lastError,
});

const newestFailedFirst = (a: StoredJob, b: StoredJob): number =>
  Number(b.state === "failed") - Number(a.state === "failed") || b.sequence - a.sequence;

/**
 * The job queue in process memory, for use-case tests: the same behaviour as the pg-boss runner (one job at a time
 * per queue, oldest first; exponential backoff; failed jobs kept; one run per schedule slot across runners sharing
 * a store), on real time with a short poll.
 */
export class InMemoryJobRunner implements JobRunner {
  readonly queue: InMemoryJobQueue;
  private readonly handlers = new Map<string, JobHandler>();
  private readonly running = new Map<string, Promise<void>>();
  private readonly schedules: { queue: string; cron: string }[] = [];
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly store: InMemoryStore,
    private readonly pollMs = 50,
  ) {
    this.queue = new InMemoryJobQueue(store);
  }

  async start(): Promise<void> {}

  async declare(queue: string, policy: QueuePolicy): Promise<void> {
    this.store.jobQueues.set(queue, { maxAttempts: policy.maxAttempts, retryDelaySeconds: policy.retryDelaySeconds });
  }

  async work(queue: string, handler: JobHandler): Promise<void> {
    this.handlers.set(queue, handler);
    this.startPolling();
  }

  async schedule(queue: string, cron: string): Promise<void> {
    this.schedules.push({ queue, cron });
    this.startPolling();
  }

  wake(queue: string): void {
    if (!this.stopped) this.take(queue);
  }

  async stop(graceMs: number): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    const grace = new Promise((resolve) => setTimeout(resolve, graceMs).unref());
    await Promise.race([Promise.allSettled(this.running.values()), grace]);
    for (const job of this.store.jobs.values()) {
      if (job.state === "active" && this.running.has(job.queue)) this.fail(job.id, "the worker stopped");
    }
  }

  async list(page: Page, filters: JobFilters): Promise<Paged<JobRecord>> {
    const matching = [...this.store.jobs.values()]
      .filter(
        (job) => (!filters.state || stateOf(job) === filters.state) && (!filters.queue || job.queue === filters.queue),
      )
      .sort(newestFailedFirst);
    return { data: matching.slice(page.skip, page.skip + page.limit).map(recordOf), count: matching.length };
  }

  async counts(): Promise<QueueCounts[]> {
    const byQueue = new Map<string, Record<JobState, number>>();
    for (const job of this.store.jobs.values()) {
      const counts =
        byQueue.get(job.queue) ?? (Object.fromEntries(JOB_STATES.map((s) => [s, 0])) as Record<JobState, number>);
      counts[stateOf(job)] += 1;
      byQueue.set(job.queue, counts);
    }
    return [...byQueue].sort(([a], [b]) => a.localeCompare(b)).map(([queue, counts]) => ({ queue, counts }));
  }

  async find(id: string): Promise<JobRecord | null> {
    const job = this.store.jobs.get(id);
    return job ? recordOf(job) : null;
  }

  async retry(id: string): Promise<boolean> {
    const job = this.store.jobs.get(id);
    if (job?.state !== "failed") return false;
    this.store.jobs.set(id, { ...job, state: "retry", maxAttempts: job.maxAttempts + 1, startAfter: new Date() });
    return true;
  }

  private startPolling(): void {
    if (this.timer || this.stopped) return;
    this.timer = setInterval(() => this.tick(), this.pollMs);
    this.timer.unref();
  }

  private tick(): void {
    this.fireSchedules(new Date());
    for (const queue of this.handlers.keys()) this.take(queue);
  }

  private fireSchedules(now: Date): void {
    const minute = new Date(Math.floor(now.getTime() / 60_000) * 60_000);
    for (const { queue, cron } of this.schedules) {
      const slot = `${queue}@${cron}@${minute.toISOString()}`;
      if (!cronMatches(cron, minute)) continue;
      if ([...this.store.jobs.values()].some((job) => job.scheduleSlot === slot)) continue;
      const job = newStoredJob(this.store, queue, {}, slot);
      this.store.jobs.set(job.id, job);
    }
  }

  /** Starts the oldest due job of `queue` unless this runner is already running one of it. */
  private take(queue: string): void {
    const handler = this.handlers.get(queue);
    if (!handler || this.running.has(queue) || this.stopped) return;
    const now = new Date();
    const next = [...this.store.jobs.values()]
      .filter(
        (job) => job.queue === queue && (job.state === "created" || job.state === "retry") && job.startAfter <= now,
      )
      .sort((a, b) => a.sequence - b.sequence)[0];
    if (!next) return;
    const started: StoredJob = {
      ...next,
      state: "active",
      startedAt: now,
      retries: next.retries + (next.startedAt ? 1 : 0),
    };
    this.store.jobs.set(next.id, started);
    const run = this.run(started, handler).finally(() => {
      this.running.delete(queue);
      this.take(queue);
    });
    this.running.set(queue, run);
  }

  private async run(job: StoredJob, handler: JobHandler): Promise<void> {
    const attempt = job.retries + 1;
    const lastAttempt = attempt >= job.maxAttempts;
    try {
      await handler({ id: job.id, queue: job.queue, payload: job.payload, traceId: job.traceId, attempt, lastAttempt });
      const current = this.store.jobs.get(job.id);
      if (current?.state === "active")
        this.store.jobs.set(job.id, { ...current, state: "completed", completedAt: new Date() });
    } catch (error) {
      this.fail(job.id, error instanceof Error ? error.message : String(error));
    }
  }

  /** Retries with exponential backoff (the first delay doubled at each retry, with up to as much again of jitter). */
  private fail(id: string, message: string): void {
    const job = this.store.jobs.get(id);
    if (job?.state !== "active") return;
    const now = new Date();
    if (job.retries + 1 >= job.maxAttempts) {
      this.store.jobs.set(id, { ...job, state: "failed", completedAt: now, lastError: message });
      return;
    }
    const delayMs = job.retryDelaySeconds * 1000 * 2 ** job.retries * (1 + Math.random());
    this.store.jobs.set(id, {
      ...job,
      state: "retry",
      startAfter: new Date(now.getTime() + delayMs),
      lastError: message,
    });
  }
}
