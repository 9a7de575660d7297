import { type Actor, requireSuperuser } from "../shared/actor.js";
import type { Page, Paged } from "../shared/page.js";
import type { JobFilters, JobRecord, QueueCounts } from "./job.js";
import type { JobAdmin } from "./ports.js";

/** The jobs of the queue for an administrator, failed first. Raises: auth.insufficient_privileges. */
export class ListJobs {
  constructor(private readonly jobs: JobAdmin) {}

  async execute(actor: Actor, page: Page, filters: JobFilters): Promise<Paged<JobRecord>> {
    requireSuperuser(actor);
    return this.jobs.list(page, filters);
  }

  /** How many jobs each queue holds in each state. Raises: auth.insufficient_privileges. */
  async counts(actor: Actor): Promise<QueueCounts[]> {
    requireSuperuser(actor);
    return this.jobs.counts();
  }
}
