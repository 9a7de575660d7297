import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CapturingSmtpServer, startCapturingSmtpServer } from "../../mail/testing/capturing-smtp-server.js";
import { freePort } from "../../mail/testing/free-port.js";
import { samplesOf, scrape } from "../../observability/testing/prometheus-text.js";
import { delivered } from "../../testing/eventually.js";
import { startTestApp, type TestApp } from "../../testing/test-app.js";

const total = async (url: string, name: string, labels: Record<string, string>) =>
  samplesOf(await scrape(url), name, labels).reduce((sum, sample) => sum + sample.value, 0);

describe("job metrics", { timeout: 60_000 }, () => {
  let app: TestApp;
  let smtpPort: number;
  let smtp: CapturingSmtpServer | undefined;
  let metricsUrl: string;

  beforeAll(async () => {
    smtpPort = await freePort();
    app = await startTestApp({
      smtp: { host: "127.0.0.1", port: smtpPort, tls: false, ssl: false, timeoutMs: 2_000 },
      env: { METRICS_ENABLED: "true", METRICS_PORT: "0", JOB_MAX_ATTEMPTS: "2", JOB_RETRY_DELAY_SECONDS: "1" },
    });
    metricsUrl = app.metricsUrl ?? "";
  });

  afterAll(async () => {
    await app?.close();
    await smtp?.close();
  });

  const sendTestEmail = async (to: string) => {
    const token = await app.superuserToken();
    const sent = await app.call("POST", `/api/v1/utils/test-email/?email_to=${to}`, { token });
    expect(sent.status).toBe(201);
  };

  it("count retried and failed attempts, completed jobs, their duration, and the jobs waiting", async () => {
    await sendTestEmail("first@example.com");
    await delivered(async () => (await total(metricsUrl, "jobs_failed_total", { queue: "email" })) === 1 || null);
    expect(await total(metricsUrl, "jobs_retried_total", { queue: "email" })).toBe(1);
    expect(await total(metricsUrl, "jobs_completed_total", { queue: "email" })).toBe(0);

    smtp = await startCapturingSmtpServer({}, { port: smtpPort });
    await sendTestEmail("second@example.com");
    await smtp.waitForMailsTo("second@example.com");
    await delivered(async () => (await total(metricsUrl, "jobs_completed_total", { queue: "email" })) === 1 || null);
    expect(await total(metricsUrl, "job_duration_seconds_count", { queue: "email" })).toBe(3);
    expect(samplesOf(await scrape(metricsUrl), "jobs_queued", { queue: "email" })).toEqual([
      expect.objectContaining({ value: 0 }),
    ]);
  });
});
