import { spawn } from "node:child_process";
import type { Knex } from "knex";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../config.js";
import { type CapturingSmtpServer, startCapturingSmtpServer } from "../mail/testing/capturing-smtp-server.js";
import { freePort } from "../mail/testing/free-port.js";
import { exitOf, outputContains } from "../testing/main-process.js";
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from "../testing/test-database.js";
import { type ReceivedSpan, SERVER_SPAN, startOtlpReceiver } from "./testing/otlp-receiver.js";

const traceId = "0af7651916cd43dd8448eb211c80319c";
const callerSpanId = "b7ad6b7169203331";

const urlOf = (knex: Knex) => (knex.client.config.connection as { connectionString: string }).connectionString;

async function until<T>(read: () => T | undefined, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error("timed out waiting for exported spans");
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Whether `span` descends from `ancestor` in `spans` (its parent, its parent's parent, …). */
function descendsFrom(span: ReceivedSpan, ancestor: ReceivedSpan, spans: ReceivedSpan[]): boolean {
  const byId = new Map(spans.map((candidate) => [candidate.spanId, candidate]));
  for (let parent = byId.get(span.parentSpanId ?? ""); parent; parent = byId.get(parent.parentSpanId ?? "")) {
    if (parent === ancestor) return true;
  }
  return false;
}

for (const kind of testDatabaseKinds()) {
  describe(`OpenTelemetry traces with OTEL_EXPORTER_OTLP_ENDPOINT set (${kind})`, () => {
    let receiver: Awaited<ReturnType<typeof startOtlpReceiver>>;
    let smtp: CapturingSmtpServer;
    let database: TestDatabase | null = null;
    let stdout = "";
    let stop: () => Promise<unknown>;
    let baseUrl: string;

    beforeAll(async () => {
      receiver = await startOtlpReceiver();
      smtp = await startCapturingSmtpServer();
      database = kind === "postgres" ? await openTestDatabase("postgres") : null;
      const port = await freePort();
      baseUrl = `http://127.0.0.1:${port}`;
      const child = spawn(
        process.execPath,
        ["--import", "tsx", "--import", "./adapters/observability/tracing.ts", "adapters/main.ts"],
        {
          cwd: repoRoot(),
          stdio: ["ignore", "pipe", "pipe"],
          env: {
            PATH: process.env.PATH ?? "",
            PORT: String(port),
            DATABASE_URL: database ? urlOf(database.knex) : "memory://",
            LOCAL_MAIL_CATCHER: "false",
            SMTP_HOST: smtp.host,
            SMTP_PORT: String(smtp.port),
            SMTP_TLS: "false",
            EMAILS_FROM_EMAIL: "noreply@example.com",
            METRICS_ENABLED: "false",
            LOG_LEVEL: "info",
            OTEL_EXPORTER_OTLP_ENDPOINT: receiver.endpoint,
            OTEL_EXPORTER_OTLP_PROTOCOL: "http/json",
            OTEL_BSP_SCHEDULE_DELAY: "50",
          },
        },
      );
      child.stdout?.on("data", (chunk) => {
        stdout += chunk;
      });
      const exited = exitOf(child);
      stop = () => {
        child.kill("SIGTERM");
        return exited;
      };
      await outputContains(child, "listening on");
    }, 180_000);

    afterAll(async () => {
      await stop?.();
      await receiver?.close();
      await smtp?.close();
      await database?.close();
    });

    it("continue the caller's traceparent with a server span, its route and SQL spans beneath it", async () => {
      const response = await fetch(`${baseUrl}/api/v1/login/access-token`, {
        method: "POST",
        headers: { traceparent: `00-${traceId}-${callerSpanId}-01` },
        body: new URLSearchParams({ username: "admin@example.com", password: "changethis" }),
      });
      expect(response.status).toBe(200);
      const server = await until(
        () => receiver.spans.find((span) => span.traceId === traceId && span.kind === SERVER_SPAN),
        20_000,
      );
      expect(server).toMatchObject({ parentSpanId: callerSpanId, name: "POST /api/v1/login/access-token" });
      const inTrace = () => receiver.spans.filter((span) => span.traceId === traceId);
      const route = await until(() => inTrace().find((span) => span.name.startsWith("router - ")), 10_000);
      expect(route.name).toBe("router - /api/v1/login/access-token");
      expect(descendsFrom(route, server, inTrace())).toBe(true);
      if (kind === "postgres") {
        const sql = await until(() => {
          const queries = inTrace().filter((span) => span.name.startsWith("pg.query"));
          return queries.some((span) => span.name.startsWith("pg.query:SELECT")) ? queries : undefined;
        }, 10_000);
        for (const span of sql) expect(descendsFrom(span, server, inTrace()), span.name).toBe(true);
      }
    });

    it("keep the path of a request but never its query string, where e-mailed tokens travel", async () => {
      const queryTraceId = "1bf7651916cd43dd8448eb211c80319d";
      const secret = "a-reset-token-that-must-not-be-traced";
      await fetch(`${baseUrl}/api/v1/users/me?token=${secret}&next=/settings`, {
        headers: { traceparent: `00-${queryTraceId}-${callerSpanId}-01` },
      });
      const server = await until(
        () => receiver.spans.find((span) => span.traceId === queryTraceId && span.kind === SERVER_SPAN),
        20_000,
      );
      const attributes = Object.fromEntries(server.attributes.map(({ key, value }) => [key, value]));
      expect(attributes["url.path"]).toEqual({ stringValue: "/api/v1/users/me" });
      expect(attributes).not.toHaveProperty("url.query");
      expect(JSON.stringify(server)).not.toContain(secret);
    });

    it("put the enqueuing request's trace id and the job's id on the log lines of the job it queued", async () => {
      const jobTraceId = "4bf92f3577b34da6a3ce929d0e0e4736";
      const response = await fetch(`${baseUrl}/api/v1/password-recovery/admin@example.com`, {
        method: "POST",
        headers: { traceparent: `00-${jobTraceId}-${callerSpanId}-01` },
      });
      expect(response.status).toBe(200);
      const [mail] = await smtp.waitForMailsTo("admin@example.com");
      const done = await until(() => {
        const lines = stdout.split("\n").filter((line) => line.includes('"msg":"job done"'));
        return lines.map((line) => JSON.parse(line)).find((line) => line.queue === "email");
      }, 10_000);
      expect(done).toMatchObject({ trace_id: jobTraceId, attempt: 1 });
      expect(mail?.parsed.messageId).toBe(`<${done.job_id}@example.com>`);
    });

    it("put the trace id on the request's log line", async () => {
      const lines = stdout.split("\n").filter((line) => line.includes('"msg":"request"'));
      const login = lines.map((line) => JSON.parse(line)).find((line) => line.path === "/api/v1/login/access-token");
      expect(login).toMatchObject({ trace_id: traceId, status: 200 });
    });
  });
}
