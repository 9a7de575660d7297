import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../testing/test-app.js";
import { testDatabaseKinds } from "../testing/test-database.js";
import { type Sample, samplesOf, scrape } from "./testing/prometheus-text.js";

const metricsEnv = {
  METRICS_ENABLED: "true",
  METRICS_PORT: "0",
  RATE_LIMIT_ENABLED: "true",
  RATE_LIMIT_LOGIN_FAILURES_PER_ACCOUNT: "3/900",
  RATE_LIMIT_LOCAL_MULTIPLIER: "1",
};

const total = (samples: Sample[]) => samples.reduce((sum, sample) => sum + sample.value, 0);

/** How much the samples matching `name` and `labels` grew between two scrapes. */
const growth = (before: Sample[], after: Sample[], name: string, labels: Record<string, string>) =>
  total(samplesOf(after, name, labels)) - total(samplesOf(before, name, labels));

for (const database of testDatabaseKinds()) {
  describe(`Prometheus metrics (${database})`, () => {
    let app: TestApp;
    let metricsUrl: string;

    beforeAll(async () => {
      app = await startTestApp({ database, env: metricsEnv });
      metricsUrl = app.metricsUrl ?? "";
    });
    afterAll(() => app.close());

    it("are served on their own listener, never on the public port", async () => {
      expect(metricsUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
      expect(new URL(metricsUrl).port).not.toBe(new URL(app.baseUrl).port);
      expect((await app.call("GET", "/metrics")).status).toBe(404);
      expect((await fetch(metricsUrl.replace(/metrics$/, "other"))).status).toBe(404);
    });

    it("label requests by route template, so two item ids make one series", async () => {
      const token = await app.superuserToken();
      const before = await scrape(metricsUrl);
      for (const id of [randomUUID(), randomUUID()]) {
        expect((await app.call("GET", `/api/v1/items/${id}`, { token })).status).toBe(404);
      }
      await app.call("GET", `/no/such/${randomUUID()}`);
      await app.call("GET", `/no/such/${randomUUID()}`);
      const samples = await scrape(metricsUrl);
      const items = samplesOf(samples, "http_requests_total", { route: "/api/v1/items/{id}" });
      expect(items).toEqual([
        {
          name: "http_requests_total",
          labels: { method: "GET", route: "/api/v1/items/{id}", status: "404" },
          value: 2,
        },
      ]);
      const unmatched = samplesOf(samples, "http_requests_total", { route: "unmatched" });
      expect(unmatched.map((sample) => sample.labels.status)).toEqual(["404"]);
      expect(growth(before, samples, "http_requests_total", { route: "unmatched" })).toBe(2);
      const routes = samplesOf(samples, "http_requests_total").map((sample) => sample.labels.route);
      expect(routes.some((route) => /[0-9a-f]{8}-/.test(route ?? ""))).toBe(false);
      const durations = samplesOf(samples, "http_request_duration_seconds_count", { route: "/api/v1/items/{id}" });
      expect(total(durations)).toBe(2);
    });

    it("count logins by outcome and rate-limit refusals by operation", async () => {
      const before = await scrape(metricsUrl);
      const form = { username: "nobody@example.com", password: "wrong-password" };
      const statuses = [];
      for (let attempt = 0; attempt < 4; attempt += 1) {
        statuses.push((await app.call("POST", "/api/v1/login/access-token", { form })).status);
      }
      expect(statuses).toEqual([400, 400, 400, 429]);
      const after = await scrape(metricsUrl);
      const grew = (name: string, labels: Record<string, string>) => growth(before, after, name, labels);
      expect(grew("logins_total", { outcome: "failure" })).toBe(3);
      expect(grew("logins_total", { outcome: "rate_limited" })).toBe(1);
      expect(grew("rate_limit_rejections_total", { operation: "login" })).toBe(1);
      const route = "/api/v1/login/access-token";
      expect(grew("http_requests_total", { method: "POST", route, status: "429" })).toBe(1);
      expect(total(samplesOf(after, "logins_total", { outcome: "success" }))).toBe(1);
    });

    it("report the database pool, the password-hash queue and the Node.js defaults", async () => {
      const samples = await scrape(metricsUrl);
      const names = new Set(samples.map((sample) => sample.name));
      for (const name of [
        "db_pool_connections_in_use",
        "db_pool_acquires_waiting",
        "password_hash_running",
        "password_hash_queue_depth",
        "process_cpu_user_seconds_total",
        "nodejs_eventloop_lag_seconds",
        "nodejs_heap_size_used_bytes",
      ]) {
        expect(names, name).toContain(name);
      }
      expect(total(samplesOf(samples, "password_hash_queue_depth"))).toBe(0);
    });
  });
}
