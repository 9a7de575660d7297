import { setTimeout as sleep } from "node:timers/promises";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { UnitOfWork } from "../../core/shared/unit-of-work.js";
import type { UserRepository } from "../../core/users/ports.js";
import type { JobRunner, QueuePolicy, RunningJob } from "../jobs/job-runner.js";
import { newUser } from "../testing/user-builder.js";

/** A unit of work and users over one storage, and runners of the job queue on it (each a separate worker). */
export interface JobFixture {
  readonly unitOfWork: UnitOfWork;
  readonly users: UserRepository;
  /** A new runner on the same storage, started; the suite stops it after the test. */
  runner(): Promise<JobRunner>;
}

export type FreshJobs = () => Promise<JobFixture>;

const policy = (changes: Partial<QueuePolicy> = {}): QueuePolicy => ({
  maxAttempts: 3,
  retryDelaySeconds: 1,
  timeoutSeconds: 60,
  ...changes,
});

async function until(check: () => boolean | Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error("timed out waiting");
    await sleep(50);
  }
}

let queues = 0;

/** What every job runner must do: transactional enqueue, order, retries with backoff, dead letters, schedules. */
export function jobRunnerContract(implementation: string, fresh: FreshJobs): void {
  describe(`JobRunner contract (${implementation})`, { timeout: 40_000 }, () => {
    let fixture: JobFixture;
    let runners: JobRunner[];
    let queue: string;

    beforeEach(async () => {
      fixture = await fresh();
      runners = [];
      queues += 1;
      queue = `contract-${queues}`;
    });

    afterEach(async () => {
      await Promise.all(runners.map((runner) => runner.stop(1_000)));
    });

    const runner = async (queuePolicy: QueuePolicy = policy()) => {
      const started = await fixture.runner();
      runners.push(started);
      await started.declare(queue, queuePolicy);
      return started;
    };

    it("keeps a job enqueued in a unit that commits, and none from a unit that rolls back", async () => {
      const jobs = await runner();
      const kept = await fixture.unitOfWork.run(async (repositories) => {
        await repositories.users.add(newUser("kept@example.com"));
        return repositories.jobs.enqueue(queue, { n: 1 });
      });
      const failure = new Error("rolls back");
      const rolledBack = fixture.unitOfWork.run(async (repositories) => {
        await repositories.users.add(newUser("gone@example.com"));
        await repositories.jobs.enqueue(queue, { n: 2 });
        throw failure;
      });
      await expect(rolledBack).rejects.toBe(failure);
      const listed = await jobs.list({ skip: 0, limit: 10 }, { queue });
      expect(listed.count).toBe(1);
      expect(listed.data.map((job) => [job.id, job.state, job.attempts])).toEqual([[kept, "queued", 0]]);
      expect(await fixture.users.findByEmail("gone@example.com")).toBeNull();
    });

    it("runs a queue's jobs one at a time in the order they were enqueued", async () => {
      const jobs = await runner();
      for (const n of [1, 2, 3, 4, 5]) await jobs.queue.enqueue(queue, { n });
      const seen: unknown[] = [];
      let running = 0;
      let overlapped = false;
      await jobs.work(queue, async (job) => {
        running += 1;
        overlapped ||= running > 1;
        await sleep(20);
        seen.push(job.payload.n);
        running -= 1;
      });
      await until(() => seen.length === 5);
      expect(seen).toEqual([1, 2, 3, 4, 5]);
      expect(overlapped).toBe(false);
    });

    it("retries a failing job with an exponential backoff, then completes it", async () => {
      const jobs = await runner(policy({ maxAttempts: 3, retryDelaySeconds: 1 }));
      const id = await jobs.queue.enqueue(queue, { n: 1 });
      const attempts: { at: number; job: RunningJob }[] = [];
      await jobs.work(queue, async (job) => {
        attempts.push({ at: Date.now(), job });
        if (attempts.length < 3) throw new Error(`down ${attempts.length}`);
      });
      await until(async () => (await jobs.find(id))?.state === "completed", 20_000);
      const gaps = attempts.slice(1).map((attempt, index) => attempt.at - (attempts[index]?.at ?? 0));
      expect(gaps[0]).toBeGreaterThanOrEqual(950);
      expect(gaps[1]).toBeGreaterThanOrEqual(1_950);
      expect(attempts.map(({ job }) => [job.attempt, job.lastAttempt])).toEqual([
        [1, false],
        [2, false],
        [3, true],
      ]);
      expect(await jobs.find(id)).toMatchObject({ state: "completed", attempts: 3, lastError: null });
    });

    it("fails a job for good after its last attempt, keeps it with its error, and retries it on demand", async () => {
      const jobs = await runner(policy({ maxAttempts: 2, retryDelaySeconds: 1 }));
      const id = await jobs.queue.enqueue(queue, { n: 1 });
      let healthy = false;
      await jobs.work(queue, async () => {
        if (!healthy) throw new Error("SMTP unreachable");
      });
      await until(async () => (await jobs.find(id))?.state === "failed");
      await sleep(1_500);
      expect(await jobs.find(id)).toMatchObject({ state: "failed", attempts: 2, lastError: "SMTP unreachable" });
      expect((await jobs.list({ skip: 0, limit: 10 }, { state: "failed" })).data.map((job) => job.id)).toEqual([id]);
      expect((await jobs.counts()).find((entry) => entry.queue === queue)?.counts).toEqual({
        queued: 0,
        active: 0,
        failed: 1,
        completed: 0,
      });
      healthy = true;
      expect(await jobs.retry(id)).toBe(true);
      await until(async () => (await jobs.find(id))?.state === "completed");
      expect(await jobs.find(id)).toMatchObject({ attempts: 3 });
      expect(await jobs.retry(id)).toBe(false);
      expect(await jobs.retry("00000000-0000-4000-8000-000000000000")).toBe(false);
    });

    it("lists failed jobs first, then the newest, with a count of all that match", async () => {
      const jobs = await runner(policy({ maxAttempts: 1 }));
      const doomed = await jobs.queue.enqueue(queue, { fail: true });
      await jobs.work(queue, async (job) => {
        if (job.payload.fail) throw new Error("no");
      });
      await until(async () => (await jobs.find(doomed))?.state === "failed");
      const older = await jobs.queue.enqueue(queue, { fail: false });
      await until(async () => (await jobs.find(older))?.state === "completed");
      await sleep(5);
      const newer = await jobs.queue.enqueue(queue, { fail: false });
      await until(async () => (await jobs.find(newer))?.state === "completed");
      const page = await jobs.list({ skip: 0, limit: 2 }, { queue });
      expect(page.count).toBe(3);
      expect(page.data.map((job) => job.id)).toEqual([doomed, newer]);
      expect((await jobs.list({ skip: 0, limit: 10 }, { queue: "no-such-queue" })).count).toBe(0);
    });

    it("fires a schedule once per slot though two workers run it", async () => {
      const secondOfMinute = new Date().getUTCSeconds();
      if (secondOfMinute > 40) await sleep((61 - secondOfMinute) * 1000);
      const runs: string[] = [];
      for (const worker of [await runner(), await runner()]) {
        await worker.work(queue, async (job) => {
          runs.push(job.id);
        });
        await worker.schedule(queue, "* * * * *");
      }
      await until(() => runs.length > 0);
      await sleep(4_000);
      expect(runs).toHaveLength(1);
    });
  });
}
