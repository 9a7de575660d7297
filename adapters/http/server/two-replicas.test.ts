import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CapturingSmtpServer, startCapturingSmtpServer } from "../../mail/testing/capturing-smtp-server.js";
import { samplesOf, scrape } from "../../observability/testing/prometheus-text.js";
import {
  buildApi,
  launchReplicas,
  launchWorker,
  loggedOutTokenRefusedElsewhere,
  type Replica,
  type Worker,
} from "../../testing/replicas/replicas.js";
import { type RoundRobinProxy, startRoundRobinProxy } from "../../testing/replicas/round-robin-proxy.js";
import { sharedDatabase } from "../../testing/shared-database.js";

const superuser = { username: "admin@example.com", password: "a-first-superuser-password" };

describe("two API replicas and one job worker on one PostgreSQL, behind a round-robin proxy", () => {
  let database: Awaited<ReturnType<typeof sharedDatabase>>;
  let smtp: CapturingSmtpServer;
  let worker: Worker;
  let replicas: Replica[];
  let proxy: RoundRobinProxy;
  let token: string;

  const call = async (method: string, path: string, body?: unknown) => {
    const headers: Record<string, string> = { authorization: `Bearer ${token}` };
    if (body !== undefined) headers["content-type"] = "application/json";
    const response = await fetch(`${proxy.url}${path}`, { method, headers, body: JSON.stringify(body) });
    return { status: response.status, body: await response.json() };
  };
  const logIn = (password: string) =>
    fetch(`${proxy.url}/api/v1/login/access-token`, {
      method: "POST",
      body: new URLSearchParams({ username: superuser.username, password }),
    });

  beforeAll(async () => {
    buildApi();
    database = await sharedDatabase();
    smtp = await startCapturingSmtpServer();
    const shared = {
      ENVIRONMENT: "local",
      DATABASE_URL: database.url,
      SECRET_KEY: "one-secret-shared-by-every-replica",
      SMTP_HOST: smtp.host,
      SMTP_PORT: String(smtp.port),
      SMTP_TLS: "false",
      EMAILS_FROM_EMAIL: "noreply@example.com",
    };
    replicas = await launchReplicas(2, {
      ...shared,
      JOBS_WORKER: "false",
      FIRST_SUPERUSER: superuser.username,
      FIRST_SUPERUSER_PASSWORD: superuser.password,
      RATE_LIMIT_LOGIN_FAILURES_PER_ACCOUNT: "4/900",
      RATE_LIMIT_LOCAL_MULTIPLIER: "1",
      SHUTDOWN_GRACE_SECONDS: "10",
      PASSWORD_HASH_CONCURRENCY: "1",
    });
    await Promise.all(replicas.map((replica) => replica.listening));
    worker = await launchWorker(shared);
    await worker.ready;
    proxy = await startRoundRobinProxy(replicas.map((replica) => replica.url));
  }, 420_000);

  afterAll(async () => {
    for (const replica of replicas ?? []) replica.process.kill("SIGTERM");
    await Promise.all((replicas ?? []).map((replica) => replica.exited));
    worker?.process.kill("SIGTERM");
    await worker?.exited;
    await smtp?.close();
    await proxy?.close();
    await database?.close();
  });

  it("log in on one replica and use the token on both: items created anywhere are listed everywhere", async () => {
    const login = await logIn(superuser.password);
    expect(login.status).toBe(200);
    token = ((await login.json()) as { access_token: string }).access_token;
    const titles = Array.from({ length: 6 }, (_, n) => `shared item ${n}`);
    for (const title of titles) expect((await call("POST", "/api/v1/items/", { title })).status).toBe(200);
    for (let round = 0; round < 4; round += 1) {
      const listed = await call("GET", "/api/v1/items/?limit=100");
      expect(listed.status).toBe(200);
      const { data } = listed.body as { data: { title: string }[] };
      expect(data.map((item) => item.title).sort()).toEqual(titles);
    }
    for (const replica of replicas) {
      const served = samplesOf(await scrape(replica.metricsUrl), "http_requests_total", { route: "/api/v1/items" });
      expect(served.reduce((sum, sample) => sum + sample.value, 0)).toBeGreaterThanOrEqual(4);
    }
  });

  it("log out on one replica: the other refuses that session's token at once", async () => {
    const login = await logIn(superuser.password);
    expect(login.status).toBe(200);
    const { access_token: other } = (await login.json()) as { access_token: string };
    const paths = { logout: "/api/v1/logout", me: "/api/v1/users/me" };
    expect(await loggedOutTokenRefusedElsewhere(replicas, other, paths)).toEqual({ logout: 200, meElsewhere: 403 });
    expect((await call("GET", "/api/v1/users/me")).status).toBe(200);
  });

  it("exhaust the login limit across both replicas: the counters live in PostgreSQL", async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 5; attempt += 1) statuses.push((await logIn("a-wrong-password")).status);
    expect(statuses).toEqual([400, 400, 400, 400, 429]);
    const attemptsPerReplica = await Promise.all(
      replicas.map(async (replica) => samplesOf(await scrape(replica.metricsUrl), "logins_total").length),
    );
    expect(attemptsPerReplica.every((series) => series > 0)).toBe(true);
  });

  it("e-mails asked on either replica are sent by the one worker process, in the order asked", async () => {
    for (let n = 0; n < 2; n += 1) {
      const recovery = await fetch(`${proxy.url}/api/v1/password-recovery/${superuser.username}`, { method: "POST" });
      expect(recovery.status).toBe(200);
    }
    const mails = await smtp.waitForMailsTo(superuser.username, 2);
    expect(mails.map((mail) => mail.subject)).toEqual([
      `Aygentic Starter - Password recovery for user ${superuser.username}`,
      `Aygentic Starter - Password recovery for user ${superuser.username}`,
    ]);
    const sent = samplesOf(await scrape(worker.metricsUrl), "jobs_completed_total", { queue: "email" });
    expect(sent.reduce((sum, sample) => sum + sample.value, 0)).toBe(2);
    for (const replica of replicas) {
      expect(samplesOf(await scrape(replica.metricsUrl), "jobs_completed_total")).toEqual([]);
    }
  });

  it("lose no request at the proxy when one replica gets SIGTERM under load", async ({ annotate }) => {
    const statuses: number[] = [];
    let running = true;
    const client = async (index: number) => {
      for (let n = 0; running; n += 1) {
        const answer =
          n % 2 === 0
            ? await call("GET", "/api/v1/items/")
            : await call("POST", "/api/v1/items/", { title: `${index}-${n}` });
        statuses.push(answer.status);
      }
    };
    const clients = Promise.all([0, 1, 2, 3].map(client));
    while (statuses.length < 40) await new Promise((resolve) => setTimeout(resolve, 20));
    const [leaving] = replicas as [Replica];
    leaving.process.kill("SIGTERM");
    const { code } = await leaving.exited;
    const afterExit = statuses.length;
    while (statuses.length < afterExit + 40) await new Promise((resolve) => setTimeout(resolve, 20));
    running = false;
    await clients;
    expect(code).toBe(0);
    expect(new Set(statuses)).toEqual(new Set([200]));
    expect(proxy.stats.failed).toBe(0);
    expect(proxy.stats.retried).toBeGreaterThan(0);
    await annotate(`${statuses.length} requests, all 200; ${proxy.stats.retried} attempts moved to the other replica`);
  });
});
