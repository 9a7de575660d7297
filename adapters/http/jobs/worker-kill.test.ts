import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EMAIL_QUEUE } from "../../../core/mail/outgoing-email.js";
import { declareQueues } from "../../jobs/job-workers.js";
import { PgBossRunner } from "../../jobs/pg-boss-runner.js";
import { type CapturingSmtpServer, startCapturingSmtpServer } from "../../mail/testing/capturing-smtp-server.js";
import { freePort } from "../../mail/testing/free-port.js";
import { createKnex } from "../../persistence/knex.js";
import { delivered } from "../../testing/eventually.js";
import { buildApi, launchWorker, type Worker } from "../../testing/replicas/replicas.js";
import { sharedDatabase } from "../../testing/shared-database.js";

const JOB_TIMEOUT_SECONDS = 5;

describe("a worker stopped in the middle of a send", { timeout: 240_000 }, () => {
  let database: Awaited<ReturnType<typeof sharedDatabase>>;
  let knex: ReturnType<typeof createKnex>;
  let runner: PgBossRunner;
  const workers: Worker[] = [];
  const servers: CapturingSmtpServer[] = [];

  const workerEnv = (smtpPort: number) => ({
    ENVIRONMENT: "local",
    DATABASE_URL: database.url,
    SECRET_KEY: "a-secret-for-the-worker-test",
    SMTP_HOST: "127.0.0.1",
    SMTP_PORT: String(smtpPort),
    SMTP_TLS: "false",
    SMTP_SSL: "false",
    EMAILS_FROM_EMAIL: "noreply@example.com",
    JOB_TIMEOUT_SECONDS: String(JOB_TIMEOUT_SECONDS),
    JOB_RETRY_DELAY_SECONDS: "1",
    SHUTDOWN_GRACE_SECONDS: "2",
  });

  beforeAll(async () => {
    buildApi();
    database = await sharedDatabase();
    knex = createKnex({ kind: "postgres", url: database.url });
    runner = new PgBossRunner(knex, { supervise: false, failedRetentionDays: 14 });
    await runner.start();
    await declareQueues(runner, {
      worker: false,
      retryDelaySeconds: 1,
      maxAttempts: 10,
      failedRetentionDays: 14,
      timeoutSeconds: JOB_TIMEOUT_SECONDS,
    });
  }, 420_000);

  afterAll(async () => {
    for (const worker of workers) worker.process.kill("SIGKILL");
    await Promise.all(workers.map((worker) => worker.exited));
    await Promise.all(servers.map((server) => server.close()));
    await runner?.stop(0);
    await knex?.destroy();
    await database?.close();
  });

  it("leaves the job to be retried: the e-mail is delivered once a worker runs again", async () => {
    const smtpPort = await freePort();
    // This server takes the message and never confirms it: the worker is stuck inside the send.
    const stalling = await startCapturingSmtpServer({}, { port: smtpPort, acceptAfter: new Promise(() => undefined) });
    servers.push(stalling);
    const id = await runner.queue.enqueue(EMAIL_QUEUE, { kind: "test_email", to: "survivor@example.com" });
    const first = await launchWorker(workerEnv(smtpPort));
    workers.push(first);
    await first.ready;
    await delivered(async () => (await runner.find(id))?.state === "active" || undefined);
    first.process.kill("SIGKILL");
    await first.exited;
    expect((await runner.find(id))?.state).toBe("active");
    await stalling.close();
    expect(stalling.mails).toEqual([]);

    const smtp = await startCapturingSmtpServer({}, { port: smtpPort });
    servers.push(smtp);
    const restarted = await launchWorker(workerEnv(smtpPort));
    workers.push(restarted);
    await restarted.ready;
    const [mail] = await smtp.waitForMailsTo("survivor@example.com");
    expect(mail?.parsed.messageId).toBe(`<${id}@example.com>`);
    // The server lists a message before the client hears it was accepted: the job completes just after.
    await delivered(async () => (await runner.find(id))?.state === "completed" || undefined);
    expect(await runner.find(id)).toMatchObject({ attempts: 2 });
    restarted.process.kill("SIGTERM");
    await restarted.exited;
  });

  it("on SIGTERM takes no new job, gives the running one the grace period, then puts it back in the queue", async () => {
    const smtpPort = await freePort();
    const stalling = await startCapturingSmtpServer({}, { port: smtpPort, acceptAfter: new Promise(() => undefined) });
    servers.push(stalling);
    const stuck = await runner.queue.enqueue(EMAIL_QUEUE, { kind: "test_email", to: "stuck@example.com" });
    const worker = await launchWorker(workerEnv(smtpPort));
    workers.push(worker);
    await worker.ready;
    await delivered(async () => (await runner.find(stuck))?.state === "active" || undefined);
    const waiting = await runner.queue.enqueue(EMAIL_QUEUE, { kind: "test_email", to: "waiting@example.com" });
    const signalledAt = Date.now();
    worker.process.kill("SIGTERM");
    const { code } = await worker.exited;
    const tookMs = Date.now() - signalledAt;
    expect(code).toBe(0);
    expect(tookMs).toBeGreaterThanOrEqual(1_500);
    expect(tookMs).toBeLessThan(10_000);
    expect(await runner.find(stuck)).toMatchObject({ state: "queued", attempts: 1 });
    expect(await runner.find(waiting)).toMatchObject({ state: "queued", attempts: 0 });
  });
});
