import { randomUUID } from "node:crypto";
import type { JobPayload } from "../../core/jobs/job.js";
import type { JobQueue } from "../../core/jobs/ports.js";
import type { InMemoryStore, StoredJob } from "./in-memory-store.js";

let sequence = 0;

/** The job a queue of `store` takes next in line; `scheduleSlot` marks the one job of a schedule's slot. */
export function newStoredJob(
  store: InMemoryStore,
  queue: string,
  payload: JobPayload,
  scheduleSlot: string | null = null,
): StoredJob {
  const policy = store.jobQueues.get(queue);
  if (!policy) throw new Error(`no job queue "${queue}"`);
  const now = new Date();
  sequence += 1;
  return {
    id: randomUUID(),
    queue,
    payload: structuredClone(payload),
    traceId: null,
    state: "created",
    retries: 0,
    maxAttempts: policy.maxAttempts,
    retryDelaySeconds: policy.retryDelaySeconds,
    createdAt: now,
    startedAt: null,
    completedAt: null,
    startAfter: now,
    lastError: null,
    scheduleSlot,
    sequence,
  };
}

/** Enqueues into the jobs table of a store: a unit of work's staged copy, so the job commits or not with the unit. */
export class InMemoryJobQueue implements JobQueue {
  constructor(private readonly store: InMemoryStore) {}

  async enqueue(queue: string, payload: JobPayload): Promise<string> {
    const job = newStoredJob(this.store, queue, payload);
    this.store.jobs.set(job.id, job);
    return job.id;
  }
}
