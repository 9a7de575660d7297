import { type Actor, requireSuperuser } from "../shared/actor.js";
import type { JobRecord } from "./job.js";
import { JobErrors } from "./job-errors.js";
import type { JobAdmin } from "./ports.js";

/** An administrator gives a failed job one more attempt. Raises: auth.insufficient_privileges, job.not_found, job.not_failed. */
export class RetryJob {
  constructor(private readonly jobs: JobAdmin) {}

  async execute(actor: Actor, jobId: string): Promise<JobRecord> {
    requireSuperuser(actor);
    const job = await this.jobs.find(jobId);
    if (!job) throw JobErrors.notFound();
    if (job.state !== "failed" || !(await this.jobs.retry(jobId))) throw JobErrors.notFailed();
    const retried = await this.jobs.find(jobId);
    if (!retried) throw JobErrors.notFound();
    return retried;
  }
}
