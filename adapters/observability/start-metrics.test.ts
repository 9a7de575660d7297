import { createServer, type Server } from "node:net";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { loadConfig } from "../config.js";
import { rootLogger } from "../logger.js";
import { freePort } from "../mail/testing/free-port.js";
import { startMetrics } from "./start-metrics.js";

const secrets = { SECRET_KEY: "a-signing-key-of-at-least-32-chars", FIRST_SUPERUSER_PASSWORD: "a-real-password" };
const sources = { knex: { client: {} } as never, hasher: {}, routes: () => undefined };

describe("startMetrics with its port taken by another process", () => {
  let squatter: Server;
  let port: number;

  beforeEach(async () => {
    port = await freePort();
    squatter = createServer();
    await new Promise<void>((resolve) => squatter.listen(port, "127.0.0.1", resolve));
  });

  afterEach(async () => {
    vi.restoreAllMocks();
    await new Promise((resolve) => squatter.close(resolve));
  });

  it("in local, warns and runs without metrics", async () => {
    const warn = vi.spyOn(rootLogger, "warn");
    const config = loadConfig({ HOST: "127.0.0.1", METRICS_PORT: String(port) }, { envFile: null });
    expect(config.environment).toBe("local");
    expect(await startMetrics(config, sources)).toBeNull();
    expect(warn).toHaveBeenCalledWith({ port }, expect.stringMatching(/metrics port busy/));
  });

  it("outside local, refuses to start", async () => {
    const env = { ...secrets, ENVIRONMENT: "staging", HOST: "127.0.0.1", METRICS_PORT: String(port) };
    const config = loadConfig({ ...env, DATABASE_URL: "postgres://app@db:5432/app" }, { envFile: null });
    await expect(startMetrics(config, sources)).rejects.toMatchObject({ code: "EADDRINUSE" });
  });

  it("in local, starts as usual on a free port", async () => {
    const config = loadConfig({ HOST: "127.0.0.1", METRICS_PORT: String(await freePort()) }, { envFile: null });
    const metrics = await startMetrics(config, sources);
    expect(metrics?.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/metrics$/);
    expect((await fetch(metrics!.url)).status).toBe(200);
    await metrics?.close();
  });
});
