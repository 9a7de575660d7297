import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runWrk, wrkScript } from "./wrk.js";

/** Answers 201 to a POST whose body and header arrived as sent, 500 to anything else; counts what it served. */
let server: Server;
let url: string;
const served = { ok: 0, refused: 0 };

beforeAll(async () => {
  server = createServer((request, response) => {
    let body = "";
    request.on("data", (chunk: Buffer) => {
      body += chunk;
    });
    request.on("end", () => {
      const expected = request.method === "POST" && body === '{"title":"a \\"quoted\\" title"}';
      const authorised = request.headers.authorization === "Bearer abc";
      if (expected && authorised) served.ok += 1;
      else served.refused += 1;
      response.writeHead(expected && authorised ? 201 : 500).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("wrk driver", () => {
  it("sends the spec's method, headers and body, and counts what the server answered", async () => {
    const result = await runWrk({
      url,
      method: "POST",
      headers: { authorization: "Bearer abc", "content-type": "application/json" },
      body: '{"title":"a \\"quoted\\" title"}',
      connections: 2,
      warmupSeconds: 1,
      windowSeconds: 1,
      timeoutSeconds: 5,
    });
    expect(result.responses).toBeGreaterThan(0);
    expect(result.non2xx).toBe(0);
    expect(served.refused).toBe(0);
    expect(result.totalResponses).toBeGreaterThan(result.responses);
    expect(result.totalResponses).toBeLessThanOrEqual(served.ok);
    expect(result.p99).toBeGreaterThanOrEqual(result.p50);
  });

  it("reports answers outside 2xx and 3xx", async () => {
    const result = await runWrk({
      url,
      method: "GET",
      headers: {},
      connections: 1,
      warmupSeconds: 0,
      windowSeconds: 1,
      timeoutSeconds: 5,
    });
    expect(result.responses).toBeGreaterThan(0);
    expect(result.non2xx).toBe(result.responses);
  });

  it("refuses a paced spec and text it cannot put in a Lua string", async () => {
    await expect(
      runWrk({
        url,
        method: "GET",
        headers: {},
        connections: 1,
        warmupSeconds: 0,
        windowSeconds: 1,
        timeoutSeconds: 5,
        overallRate: 20,
      }),
    ).rejects.toThrow("cannot pace");
    expect(() => wrkScript({ method: "GET", headers: { name: "zoë" } })).toThrow("printable ASCII");
  });
});
