import { setTimeout as sleep } from "node:timers/promises";
import type { Knex } from "knex";
import PgBoss from "pg-boss";
import type { JobPayload } from "../../core/jobs/job.js";
import type { JobQueue } from "../../core/jobs/ports.js";
import { rootLogger } from "../logger.js";
import { traceFields } from "../observability/log-trace.js";
import type { JobHandler, JobRunner, QueuePolicy } from "./job-runner.js";
import { sqlExecutorOn } from "./knex-sql.js";
import { PgBossJobAdmin } from "./pg-boss-job-admin.js";

/** What a job stores: the handler's payload and the trace of the request that enqueued it. */
interface StoredData {
  readonly payload?: JobPayload;
  readonly traceId?: string | null;
}

export interface PgBossRunnerOptions {
  /** Whether this process runs maintenance (retries of lost jobs, retention) and fires the cron schedules. */
  readonly supervise: boolean;
  readonly failedRetentionDays: number;
  /** How often an idle worker looks for jobs (at least 0.5 s). */
  readonly pollingIntervalSeconds?: number;
  /** How often lost jobs are put back and old ones removed. */
  readonly maintenanceIntervalSeconds?: number;
  /** How often the schedules are checked (1 to 45 s). */
  readonly cronIntervalSeconds?: number;
  /** The queues to create (or update) once the database is reachable, before any job is sent or taken. */
  readonly queues?: ReadonlyMap<string, QueuePolicy>;
}

const DAY_SECONDS = 86_400;
const CREATE_ATTEMPTS = 6;
const SCHEMA = "pgboss";
/** Deadlock, unique violation, duplicate table: what two processes creating one thing at once may get. */
const RACING_CREATION = new Set(["40P01", "23505", "42P07"]);
const logger = rootLogger.child({ component: "jobs" });

/**
 * Processes starting together (replicas, a worker) create the same schema and queues at once, and PostgreSQL may end
 * one creation as a deadlock or a duplicate: the loser tries again, and then finds the thing made.
 */
async function alongsideOthers(what: string, create: () => Promise<unknown>): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await create();
      return;
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (attempt >= CREATE_ATTEMPTS || !RACING_CREATION.has(String(code))) throw error;
      logger.info({ what, code, attempt }, "created by another process at the same time; trying again");
      await sleep(25 * 2 ** attempt + Math.random() * 25);
    }
  }
}

const stored = (payload: JobPayload): StoredData => ({ payload, traceId: traceFields().trace_id ?? null });

/**
 * The job queue on pg-boss, in the schema `pgboss` of the app's own database (PostgreSQL or the embedded PGlite),
 * through the app's Knex: a unit of work's transaction enqueues its jobs (see `queueIn`).
 */
export class PgBossRunner extends PgBossJobAdmin implements JobRunner {
  private readonly boss: PgBoss;
  private readonly workers = new Map<string, string>();
  private readonly pollingIntervalSeconds: number;
  private starting: Promise<void> | null = null;
  private stopping = false;
  readonly queue: JobQueue;

  constructor(
    knex: Knex,
    private readonly options: PgBossRunnerOptions,
  ) {
    const boss = new PgBoss({
      db: sqlExecutorOn(knex) as PgBoss.Db,
      supervise: options.supervise,
      schedule: options.supervise,
      migrate: true,
      maintenanceIntervalSeconds: options.maintenanceIntervalSeconds ?? 60,
      cronMonitorIntervalSeconds: options.cronIntervalSeconds ?? 30,
      cronWorkerIntervalSeconds: options.cronIntervalSeconds ?? 5,
      archiveCompletedAfterSeconds: DAY_SECONDS,
      archiveFailedAfterSeconds: options.failedRetentionDays * DAY_SECONDS,
      deleteAfterSeconds: 1,
    });
    super(knex, boss);
    this.boss = boss;
    this.pollingIntervalSeconds = options.pollingIntervalSeconds ?? 0.5;
    boss.on("error", (error) => logger.error({ err: error }, "job queue error"));
    this.queue = { enqueue: (queue, payload) => this.send(queue, payload, {}) };
  }

  /**
   * Once the database answers (the app starts, and stays live, through an outage): creates the schema on first use
   * (or upgrades it), declares the queues, and starts maintenance and schedules when supervising. Everything else
   * waits for it.
   */
  start(): Promise<void> {
    this.starting ??= this.startWhenReachable().catch((error: unknown) => {
      // Not for good: the next job sent or taken tries again, so a replica is never left unable to queue.
      this.starting = null;
      throw error;
    });
    return this.starting;
  }

  /** Enqueues through `transaction`: the job commits or rolls back with it. */
  override async list(...args: Parameters<PgBossJobAdmin["list"]>) {
    await this.start();
    return super.list(...args);
  }

  override async counts() {
    await this.start();
    return super.counts();
  }

  override async find(id: string) {
    await this.start();
    return super.find(id);
  }

  override async retry(id: string) {
    await this.start();
    return super.retry(id);
  }

  queueIn(transaction: Knex.Transaction): JobQueue {
    const db = sqlExecutorOn(transaction) as PgBoss.Db;
    return { enqueue: (queue, payload) => this.send(queue, payload, { db }) };
  }

  async declare(queue: string, policy: QueuePolicy): Promise<void> {
    await this.start();
    await this.createQueue(queue, policy);
  }

  private async createQueue(queue: string, policy: QueuePolicy): Promise<void> {
    const options = {
      name: queue,
      policy: "standard",
      retryLimit: policy.maxAttempts - 1,
      retryDelay: policy.retryDelaySeconds,
      retryBackoff: true,
      expireInSeconds: policy.timeoutSeconds,
    } as const;
    await this.boss.createQueue(queue, options);
    await this.boss.updateQueue(queue, options);
  }

  async work(queue: string, handler: JobHandler): Promise<void> {
    await this.start();
    const options = {
      batchSize: 1,
      includeMetadata: true as const,
      pollingIntervalSeconds: this.pollingIntervalSeconds,
    };
    const id = await this.boss.work<StoredData>(queue, options, async ([job]) => {
      if (!job) return;
      try {
        const { payload = {}, traceId = null } = job.data ?? {};
        const attempt = job.retryCount + 1;
        await handler({ id: job.id, queue, payload, traceId, attempt, lastAttempt: job.retryCount >= job.retryLimit });
      } finally {
        // A worker that found a job looks for the next one at once; only an idle one waits for its poll.
        this.wake(queue);
      }
    });
    this.workers.set(queue, id);
  }

  async schedule(queue: string, cron: string): Promise<void> {
    await this.start();
    await this.boss.schedule(queue, cron, {}, { tz: "UTC" });
  }

  wake(queue: string): void {
    const id = this.workers.get(queue);
    if (id) this.boss.notifyWorker(id);
  }

  async stop(graceMs: number): Promise<void> {
    this.stopping = true;
    await this.starting?.catch(() => undefined);
    await this.boss.stop({ graceful: true, timeout: graceMs, wait: true, close: false });
    this.workers.clear();
  }

  private async startWhenReachable(): Promise<void> {
    for (let attempt = 0; ; attempt += 1) {
      if (this.stopping) throw new Error("the job queue was stopped before it started");
      try {
        await this.knex.raw("select 1");
        break;
      } catch (error) {
        if (attempt === 0) logger.warn({ err: error }, "job queue waiting for the database");
        await sleep(Math.min(5_000, 250 * 2 ** attempt));
      }
    }
    // pg-boss creates its schema under an advisory lock, but a lock of that kind does not refresh PostgreSQL's
    // catalog cache: the process that waited may not see the schema the other just made, and fail on a duplicate.
    await alongsideOthers("schema", () => this.knex.raw(`create schema if not exists ${SCHEMA}`));
    await this.boss.start();
    for (const [queue, policy] of this.options.queues ?? []) {
      await alongsideOthers(`queue ${queue}`, () => this.createQueue(queue, policy));
    }
  }

  private async send(queue: string, payload: JobPayload, options: PgBoss.ConnectionOptions): Promise<string> {
    await this.start();
    const id = await this.boss.send(queue, stored(payload), options);
    if (!id) throw new Error(`the job queue "${queue}" refused a job`);
    return id;
  }
}
