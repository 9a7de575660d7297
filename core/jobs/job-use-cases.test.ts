import { describe, expect, it } from "vitest";
import { InMemoryJobRunner } from "../../adapters/memory/in-memory-job-runner.js";
import { refusalOf } from "../../adapters/memory/refusal-of.js";
import { createTestWorld } from "../../adapters/memory/test-world.js";
import { ListJobs } from "./list-jobs.js";
import { RetryJob } from "./retry-job.js";

async function setUp() {
  const world = createTestWorld();
  const jobs = new InMemoryJobRunner(world.store);
  await jobs.declare("work", { maxAttempts: 1, retryDelaySeconds: 1, timeoutSeconds: 60 });
  const admin = await world.seedUser({ isSuperuser: true });
  const regular = await world.seedUser();
  return { ...world, jobs, admin, regular, listJobs: new ListJobs(jobs), retryJob: new RetryJob(jobs) };
}

const forbidden = {
  kind: "forbidden",
  code: "auth.insufficient_privileges",
  message: "The user doesn't have enough privileges",
};

describe("ListJobs and RetryJob", () => {
  it("list and count the jobs for a superuser only", async () => {
    const { jobs, admin, regular, listJobs } = await setUp();
    const id = await jobs.queue.enqueue("work", { n: 1 });
    const page = await listJobs.execute(admin.actor, { skip: 0, limit: 10 }, { state: "queued" });
    expect(page).toMatchObject({ count: 1, data: [{ id, queue: "work", state: "queued", attempts: 0 }] });
    expect(await listJobs.counts(admin.actor)).toEqual([
      { queue: "work", counts: { queued: 1, active: 0, failed: 0, completed: 0 } },
    ]);
    expect(await refusalOf(listJobs.execute(regular.actor, { skip: 0, limit: 10 }, {}))).toEqual(forbidden);
    expect(await refusalOf(listJobs.counts(regular.actor))).toEqual(forbidden);
  });

  it("retry a failed job only, for a superuser only", async () => {
    const { jobs, admin, regular, retryJob } = await setUp();
    const id = await jobs.queue.enqueue("work", { n: 1 });
    expect(await refusalOf(retryJob.execute(admin.actor, id))).toEqual({
      kind: "conflict",
      code: "job.not_failed",
      message: "Only a failed job can be retried",
    });
    await jobs.work("work", async () => {
      throw new Error("down");
    });
    await expect.poll(async () => (await jobs.find(id))?.state).toBe("failed");
    await jobs.stop(0);
    expect(await refusalOf(retryJob.execute(regular.actor, id))).toEqual(forbidden);
    expect(await retryJob.execute(admin.actor, id)).toMatchObject({ id, state: "queued", attempts: 1 });
    expect(await refusalOf(retryJob.execute(admin.actor, "00000000-0000-4000-8000-000000000000"))).toEqual({
      kind: "not_found",
      code: "job.not_found",
      message: "Job not found",
    });
  });
});
