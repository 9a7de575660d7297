import type { Knex } from "knex";
import type PgBoss from "pg-boss";
import { JOB_STATES, type JobFilters, type JobRecord, type JobState, type QueueCounts } from "../../core/jobs/job.js";
import type { JobAdmin } from "../../core/jobs/ports.js";
import type { Page, Paged } from "../../core/shared/page.js";
import { isUuid } from "../persistence/is-uuid.js";

/** pg-boss's own states, by the state an operator sees (cancelled jobs are not shown: the app cancels none). */
const LIBRARY_STATES: Record<JobState, readonly string[]> = {
  queued: ["created", "retry"],
  active: ["active"],
  failed: ["failed"],
  completed: ["completed"],
};

const stateOf = (libraryState: string): JobState =>
  JOB_STATES.find((state) => LIBRARY_STATES[state].includes(libraryState)) ?? "failed";

/** pg-boss's internal queues (its cron sender) are not the operator's business. */
const INTERNAL_PREFIX = "__pgboss__";
const MAX_ERROR = 500;

interface JobRow {
  id: string;
  name: string;
  state: string;
  attempts: number;
  created_on: Date;
  updated_on: Date;
  last_error: string | null;
}

const columns = [
  "id",
  "name",
  "state",
  "created_on",
  // pg-boss counts retries from 0 and marks a job started once it ran: attempts made so far.
  "(CASE WHEN started_on IS NULL THEN 0 ELSE retry_count + 1 END)::int AS attempts",
  "GREATEST(created_on, started_on, completed_on) AS updated_on",
  // Written by our job runner from a short description of the error; pg-boss's own failures (timeout) nest it.
  "CASE WHEN state = 'completed' THEN NULL ELSE COALESCE(output->>'message', output->'value'->>'message') END AS last_error",
];

const toRecord = (row: JobRow): JobRecord => ({
  id: row.id,
  queue: row.name,
  state: stateOf(row.state),
  attempts: Number(row.attempts),
  createdAt: new Date(row.created_on),
  updatedAt: new Date(row.updated_on),
  lastError: row.last_error === null ? null : row.last_error.slice(0, MAX_ERROR),
});

/** Reads pg-boss's job table for operators and retries failed jobs through pg-boss. */
export class PgBossJobAdmin implements JobAdmin {
  constructor(
    protected readonly knex: Knex,
    private readonly library: PgBoss,
  ) {}

  async list(page: Page, filters: JobFilters): Promise<Paged<JobRecord>> {
    const matching = this.visible().where((query) => {
      if (filters.state) query.whereIn("state", LIBRARY_STATES[filters.state]);
      if (filters.queue !== undefined) query.where("name", filters.queue);
    });
    const [rows, total] = await Promise.all([
      matching
        .clone()
        .select(this.knex.raw(columns.join(", ")))
        .orderByRaw("(state = 'failed') DESC, created_on DESC, id DESC")
        .offset(page.skip)
        .limit(page.limit),
      matching.clone().count({ count: "*" }).first(),
    ]);
    return { data: (rows as JobRow[]).map(toRecord), count: Number(total?.count ?? 0) };
  }

  async counts(): Promise<QueueCounts[]> {
    const rows = (await this.visible().select("name", "state").count({ count: "*" }).groupBy("name", "state")) as {
      name: string;
      state: string;
      count: string | number;
    }[];
    const byQueue = new Map<string, Record<JobState, number>>();
    for (const row of rows) {
      if (!Object.values(LIBRARY_STATES).flat().includes(row.state)) continue;
      const counts = byQueue.get(row.name) ?? { queued: 0, active: 0, failed: 0, completed: 0 };
      counts[stateOf(row.state)] += Number(row.count);
      byQueue.set(row.name, counts);
    }
    return [...byQueue].sort(([a], [b]) => a.localeCompare(b)).map(([queue, counts]) => ({ queue, counts }));
  }

  async find(id: string): Promise<JobRecord | null> {
    if (!isUuid(id)) return null;
    const row = (await this.visible()
      .select(this.knex.raw(columns.join(", ")))
      .where("id", id)
      .first()) as JobRow | undefined;
    return row ? toRecord(row) : null;
  }

  async retry(id: string): Promise<boolean> {
    const job = await this.find(id);
    if (job?.state !== "failed") return false;
    await this.library.retry(job.queue, id);
    return (await this.find(id))?.state === "queued";
  }

  private visible() {
    return this.knex
      .withSchema("pgboss")
      .from("job")
      .whereRaw("left(name, ?) <> ?", [INTERNAL_PREFIX.length, INTERNAL_PREFIX])
      .whereIn("state", Object.values(LIBRARY_STATES).flat());
  }
}
