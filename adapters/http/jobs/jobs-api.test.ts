import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CapturingSmtpServer, startCapturingSmtpServer } from "../../mail/testing/capturing-smtp-server.js";
import { freePort } from "../../mail/testing/free-port.js";
import { delivered } from "../../testing/eventually.js";
import { signUpAndLogIn, startTestApp, type TestApp } from "../../testing/test-app.js";

const UNKNOWN_JOB = "00000000-0000-4000-8000-000000000000";

describe("the jobs admin API", { timeout: 60_000 }, () => {
  let app: TestApp;
  let smtpPort: number;
  let smtp: CapturingSmtpServer | undefined;
  let token: string;

  beforeAll(async () => {
    smtpPort = await freePort();
    app = await startTestApp({
      smtp: { host: "127.0.0.1", port: smtpPort, tls: false, ssl: false, timeoutMs: 2_000 },
      env: { JOB_MAX_ATTEMPTS: "1", JOB_RETRY_DELAY_SECONDS: "1" },
    });
    token = await app.superuserToken();
  });

  afterAll(async () => {
    await app?.close();
    await smtp?.close();
  });

  const jobs = (query = "") => app.call("GET", `/api/v1/jobs/${query}`, { token });

  it("lists a job that failed for good, with a short error and never the e-mail, and retries it", async () => {
    const sent = await app.call("POST", "/api/v1/utils/test-email/?email_to=ops@example.com", { token });
    expect(sent.status).toBe(201);
    const failed = await delivered(async () => {
      const listed = await jobs("?state=failed&queue=email");
      return listed.body.count === 1 ? listed.body.data[0] : undefined;
    });
    expect(failed).toEqual({
      id: expect.any(String),
      queue: "email",
      state: "failed",
      attempts: 1,
      created_at: expect.any(String),
      updated_at: expect.any(String),
      last_error: expect.stringMatching(/^Email could not be sent \(E[A-Z]+\)$/),
    });
    expect(JSON.stringify(await jobs())).not.toContain("ops@example.com");
    const counts = await app.call("GET", "/api/v1/jobs/counts", { token });
    expect(counts.body).toContainEqual({ queue: "email", queued: 0, active: 0, failed: 1, completed: 0 });

    smtp = await startCapturingSmtpServer({}, { port: smtpPort });
    const retried = await app.call("POST", `/api/v1/jobs/${failed.id}/retry`, { token });
    expect(retried.status).toBe(200);
    expect(retried.body).toMatchObject({ id: failed.id, state: "queued", attempts: 1 });
    const [mail] = await smtp.waitForMailsTo("ops@example.com");
    expect(mail?.parsed.messageId).toBe(`<${failed.id}@example.com>`);
    const done = await delivered(async () => {
      const listed = await jobs("?state=completed");
      return listed.body.data.find((job: { id: string }) => job.id === failed.id);
    });
    expect(done).toMatchObject({ attempts: 2, last_error: null });

    const again = await app.call("POST", `/api/v1/jobs/${failed.id}/retry`, { token });
    expect(again.status).toBe(409);
    expect(again.body).toEqual({ detail: "Only a failed job can be retried" });
  });

  it("answers 404 Job not found for an unknown job, and 422 for an id that is no UUID", async () => {
    const unknown = await app.call("POST", `/api/v1/jobs/${UNKNOWN_JOB}/retry`, { token });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ detail: "Job not found" });
    const malformed = await app.call("POST", "/api/v1/jobs/not-a-uuid/retry", { token });
    expect(malformed.status).toBe(422);
    expect(malformed.body.detail[0].loc).toEqual(["path", "job_id"]);
  });

  it("refuses bad query values with 422 in the reference's shape", async () => {
    const state = await jobs("?state=lost");
    expect(state.status).toBe(422);
    expect(state.body.detail[0]).toMatchObject({
      type: "enum",
      loc: ["query", "state"],
      msg: "Input should be 'queued', 'active', 'failed' or 'completed'",
    });
    for (const query of ["?limit=0", "?limit=1001", "?skip=-1", "?queue="])
      expect((await jobs(query)).status).toBe(422);
  });

  it("is for superusers only", async () => {
    const { token: regular } = await signUpAndLogIn(app);
    for (const [method, path] of [
      ["GET", "/api/v1/jobs/"],
      ["GET", "/api/v1/jobs/counts"],
      ["POST", `/api/v1/jobs/${UNKNOWN_JOB}/retry`],
    ] as const) {
      const refused = await app.call(method, path, { token: regular });
      expect(refused.status).toBe(403);
      expect(refused.body).toEqual({ detail: "The user doesn't have enough privileges" });
      expect((await app.call(method, path)).status).toBe(401);
    }
  });
});
