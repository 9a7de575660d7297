import { Counter, Gauge, Histogram, type Registry } from "prom-client";
import type { JobAdmin } from "../../core/jobs/ports.js";

/** The job metrics a worker feeds. */
export interface JobMetrics {
  readonly completed: Counter<"queue">;
  readonly failed: Counter<"queue">;
  readonly retried: Counter<"queue">;
  readonly duration: Histogram<"queue">;
}

/**
 * Registers the job metrics: counters of outcomes and the time a job takes, by queue, and `jobs_queued` (jobs
 * waiting, read from the database at scrape time, so every replica reports the same figure).
 */
export function registerJobMetrics(registry: Registry, jobs: JobAdmin): JobMetrics {
  const registers = [registry];
  new Gauge({
    name: "jobs_queued",
    help: "Jobs waiting to run (first try or a retry), by queue",
    labelNames: ["queue"],
    registers,
    async collect() {
      this.reset();
      for (const { queue, counts } of await jobs.counts().catch(() => [])) this.set({ queue }, counts.queued);
    },
  });
  return {
    completed: new Counter({
      name: "jobs_completed_total",
      help: "Jobs done, by queue",
      labelNames: ["queue"],
      registers,
    }),
    failed: new Counter({
      name: "jobs_failed_total",
      help: "Jobs failed for good after their last attempt (kept as dead letters), by queue",
      labelNames: ["queue"],
      registers,
    }),
    retried: new Counter({
      name: "jobs_retried_total",
      help: "Failed attempts put back in the queue for a retry, by queue",
      labelNames: ["queue"],
      registers,
    }),
    duration: new Histogram({
      name: "job_duration_seconds",
      help: "Time one attempt of a job takes, by queue",
      labelNames: ["queue"],
      buckets: [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
      registers,
    }),
  };
}
