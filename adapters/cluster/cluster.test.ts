import { get } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../mail/testing/free-port.js";
import { samplesOf, scrape } from "../observability/testing/prometheus-text.js";
import { exitOf, outputContains, startMain } from "../testing/main-process.js";
import { sharedDatabase } from "../testing/shared-database.js";

type Started = ReturnType<typeof startMain>;

/** One request on a connection of its own, so the cluster hands each to the next worker. */
const healthCheck = (port: number) =>
  new Promise<number>((resolve, reject) => {
    get({ port, host: "127.0.0.1", path: "/api/v1/utils/health-check/", agent: false }, (response) => {
      response.resume();
      response.on("end", () => resolve(response.statusCode ?? 0));
    }).on("error", reject);
  });

/** Every JSON line the process printed so far. */
function linesOf(child: Started): () => Record<string, unknown>[] {
  let text = "";
  child.stdout?.on("data", (chunk) => {
    text += chunk;
  });
  return () =>
    text
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
}

async function eventually(check: () => boolean, what: string): Promise<void> {
  for (let waited = 0; waited < 60_000; waited += 100) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe("WEB_CONCURRENCY=2: two workers behind one port", () => {
  let database: Awaited<ReturnType<typeof sharedDatabase>>;
  let child: Started;
  let exited: ReturnType<typeof exitOf>;
  let lines: () => Record<string, unknown>[];
  let port: number;
  let metricsPort: number;
  const listening = () => lines().filter((line) => String(line.msg).includes("listening on"));

  beforeAll(async () => {
    database = await sharedDatabase();
    [port, metricsPort] = [await freePort(), await freePort()];
    child = startMain({
      DATABASE_URL: database.url,
      WEB_CONCURRENCY: "2",
      PORT: String(port),
      METRICS_ENABLED: "true",
      METRICS_PORT: String(metricsPort),
      SHUTDOWN_GRACE_SECONDS: "5",
    });
    exited = exitOf(child);
    lines = linesOf(child);
    await outputContains(child, "2 workers serving port");
  }, 120_000);

  afterAll(async () => {
    if (child.exitCode === null) child.kill("SIGKILL");
    await database?.close();
  });

  it("serves from both workers and sums their metrics on the primary's metrics port", async () => {
    for (let n = 0; n < 10; n += 1) expect(await healthCheck(port)).toBe(200);
    await eventually(() => lines().filter((line) => line.msg === "request").length >= 10, "ten request lines");
    const servedBy = new Set(lines().flatMap((line) => (line.msg === "request" ? [line.worker] : [])));
    expect(servedBy.size).toBe(2);
    const samples = samplesOf(await scrape(`http://127.0.0.1:${metricsPort}/metrics`), "http_requests_total");
    const healthChecks = samples.filter((sample) => sample.labels.route === "/api/v1/utils/health-check");
    expect(healthChecks.reduce((sum, sample) => sum + sample.value, 0)).toBe(10);
  });

  it("replaces a worker that dies, and keeps serving", async () => {
    const victim = Number(listening()[0]?.pid);
    process.kill(victim, "SIGKILL");
    await eventually(() => listening().length === 3, "a third worker listening");
    expect(lines().some((line) => line.msg === "worker died; starting another" && line.pid === victim)).toBe(true);
    for (let n = 0; n < 4; n += 1) expect(await healthCheck(port)).toBe(200);
  }, 90_000);

  it("drains every worker on SIGTERM and exits 0", async () => {
    child.kill("SIGTERM");
    const result = await exited;
    expect(result.code).toBe(0);
    const stopped = lines().filter((line) => line.msg === "stopped");
    expect(new Set(stopped.map((line) => line.worker)).size).toBe(2);
    expect(lines().some((line) => line.msg === "cluster stopped")).toBe(true);
  }, 60_000);
});
