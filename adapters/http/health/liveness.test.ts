import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { samplesOf, scrape } from "../../observability/testing/prometheus-text.js";
import { startTestApp, type TestApp } from "../../testing/test-app.js";
import { LIVENESS_ROUTE } from "./liveness.js";

interface RawAnswer {
  readonly status: number;
  readonly headers: string[][];
  readonly body: string;
}

/** The answer as it is on the wire: header names and values in order, minus the two that differ per request. */
function rawCall(baseUrl: string, method: string, path: string, headers: Record<string, string>): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const outgoing = request(`${baseUrl}${path}`, { method, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () => {
        const pairs: string[][] = [];
        for (let index = 0; index < response.rawHeaders.length; index += 2) {
          const name = response.rawHeaders[index]!.toLowerCase();
          if (name !== "date" && name !== "x-request-id") pairs.push([name, response.rawHeaders[index + 1]!]);
        }
        resolve({ status: response.statusCode ?? 0, headers: pairs, body: Buffer.concat(chunks).toString() });
      });
    });
    outgoing.on("error", reject);
    outgoing.end();
  });
}

describe("liveness, answered before the router", () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({
      env: { METRICS_ENABLED: "true", METRICS_PORT: "0", BACKEND_CORS_ORIGINS: "https://extra.example.com" },
    });
  });
  afterAll(() => app.close());

  const requests: Array<[string, Record<string, string>]> = [
    ["GET", {}],
    ["HEAD", {}],
    ["GET", { origin: "https://extra.example.com", "accept-encoding": "gzip" }],
    ["GET", { origin: "https://evil.example.com" }],
  ];

  it.each(requests)("gives %s %j the answer the router and tsoa give", async (method, headers) => {
    // The router matches paths regardless of letter case; the early answer takes only the exact spellings.
    const routed = await rawCall(app.baseUrl, method, "/API/v1/utils/health-check/", headers);
    expect(routed.status).toBe(200);
    expect(routed.body).toBe(method === "HEAD" ? "" : "true");
    for (const path of [`${LIVENESS_ROUTE}/`, LIVENESS_ROUTE]) {
      expect(await rawCall(app.baseUrl, method, path, headers)).toEqual(routed);
    }
  });

  it("echoes the request id and is counted under its route template", async () => {
    const before = await scrape(app.metricsUrl ?? "");
    const answer = await app.call("GET", `${LIVENESS_ROUTE}/`, { headers: { "x-request-id": "probe-1" } });
    expect(answer).toMatchObject({ status: 200, body: true });
    expect(answer.headers.get("x-request-id")).toBe("probe-1");
    const after = await scrape(app.metricsUrl ?? "");
    const labels = { method: "GET", route: LIVENESS_ROUTE, status: "200" };
    const count = (samples: Awaited<ReturnType<typeof scrape>>) =>
      samplesOf(samples, "http_requests_total", labels).reduce((sum, sample) => sum + sample.value, 0);
    expect(count(after) - count(before)).toBe(1);
  });

  it("leaves other methods to the router: 405 with its detail", async () => {
    const answer = await app.call("DELETE", `${LIVENESS_ROUTE}/`);
    expect(answer).toMatchObject({ status: 405, body: { detail: "Method Not Allowed" } });
  });
});
