import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import * as Sentry from "@sentry/node";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PasswordCheck } from "../../core/users/ports.js";
import { FastPasswordHasher } from "../memory/fast-password-hasher.js";
import { startTestApp, type TestApp } from "../testing/test-app.js";
import { initSentry } from "./sentry.js";

/** A hasher whose verification fails unexpectedly: a login then ends in a 500 with the password in the request. */
class BrokenVerifier extends FastPasswordHasher {
  override async verify(): Promise<PasswordCheck> {
    throw new Error("password store unavailable");
  }
}

/** A stand-in for sentry.io on 127.0.0.1: keeps the text of every envelope the SDK posts. */
async function startEnvelopeSink(): Promise<{ server: Server; port: number; envelopes: string[] }> {
  const envelopes: string[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const body = Buffer.concat(chunks);
      envelopes.push((request.headers["content-encoding"] === "gzip" ? gunzipSync(body) : body).toString("utf8"));
      response.writeHead(200).end("{}");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, port: (server.address() as AddressInfo).port, envelopes };
}

describe("Sentry with SENTRY_DSN set outside local", () => {
  let sink: Awaited<ReturnType<typeof startEnvelopeSink>>;
  let app: TestApp;

  beforeAll(async () => {
    sink = await startEnvelopeSink();
    expect(initSentry({ sentryDsn: `http://public@127.0.0.1:${sink.port}/1`, environment: "staging" })).toBe(true);
    app = await startTestApp({
      hasher: new BrokenVerifier(),
      onUnexpectedError: (error) => Sentry.captureException(error),
    });
  });

  afterAll(async () => {
    await app?.close();
    await Sentry.close(2_000);
    sink?.server.close();
  });

  it("reports a 500 during login without the password, the cookies or the client's address", async () => {
    const password = "pa55word-that-must-stay-home";
    const response = await app.call("POST", "/api/v1/login/access-token", {
      form: { username: "admin@example.com", password },
      headers: { cookie: "session=cookie-that-must-stay-home", "x-forwarded-for": "203.0.113.77" },
    });
    expect(response.status).toBe(500);
    await Sentry.flush(5_000);
    const sent = sink.envelopes.join("\n");
    expect(sent).toContain("password store unavailable");
    expect(sent).toContain("/api/v1/login/access-token");
    for (const secret of [password, "cookie-that-must-stay-home", "203.0.113.77", "ip_address", "REMOTE_ADDR"]) {
      expect(sent).not.toContain(secret);
    }
  });

  it("is not started in local or without a DSN", () => {
    expect(initSentry({ sentryDsn: "http://public@127.0.0.1:9/1", environment: "local" })).toBe(false);
    expect(initSentry({ sentryDsn: null, environment: "production" })).toBe(false);
  });
});
