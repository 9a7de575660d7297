import type { Knex } from "knex";
import type { Middleware } from "koa";
import type { Registry } from "prom-client";
import type { Config } from "../config.js";
import { rootLogger } from "../logger.js";
import { httpMetricsMiddleware } from "./http-metrics.js";
import { createMetrics, type MetricSources } from "./metrics.js";
import { type MetricsServer, type MetricsSource, serveMetrics } from "./metrics-server.js";
import type { RouteRegistration } from "./route-template.js";

/** The metrics of a process: the middleware that feeds them and the registry others add theirs to. */
export interface CollectedMetrics {
  readonly httpMetrics: Middleware;
  /** Where other parts of the process (the job workers) register their metrics. */
  readonly registry: Registry;
}

/** The metrics of a running app, with the listener that serves them. */
export interface RunningMetrics extends MetricsServer, CollectedMetrics {}

interface PoolLike {
  numUsed(): number;
  numPendingAcquires(): number;
}

/** The Argon2 hasher reports its queue; a hasher without one (tests) reports an idle queue. */
type QueueReporting = { readonly running?: number; readonly queued?: number };

/** Knex's tarn pool (PostgreSQL: up to 10 connections; PGlite: its single connection), read at scrape time. */
export function poolOf(knex: Knex): MetricSources["pool"] {
  return () => {
    const pool = (knex.client as { pool?: PoolLike }).pool;
    return pool ? { inUse: pool.numUsed(), waiting: pool.numPendingAcquires() } : null;
  };
}

type MetricSourcesOf = { readonly knex: Knex; readonly hasher: object; readonly routes: RouteRegistration };

/** The app's metrics, unserved: a cluster worker's, which its primary sums up and serves. */
export function collectMetrics(config: Config, sources: MetricSourcesOf): CollectedMetrics {
  const hasher = sources.hasher as QueueReporting;
  const metrics = createMetrics({
    pool: poolOf(sources.knex),
    hashQueue: () => ({ running: hasher.running ?? 0, waiting: hasher.queued ?? 0 }),
  });
  return { httpMetrics: httpMetricsMiddleware(metrics, sources.routes, config.apiV1Str), registry: metrics.registry };
}

/** Starts the metrics listener on METRICS_PORT unless METRICS_ENABLED=false or, in local, the port is busy (then null). */
export async function startMetrics(config: Config, sources: MetricSourcesOf): Promise<RunningMetrics | null> {
  if (!config.metrics.enabled) return null;
  const collected = collectMetrics(config, sources);
  const server = await serveMetricsUnlessBusyInLocal(config, collected.registry);
  return server && { ...server, ...collected };
}

/** In local a busy port (a second checkout running) only costs the metrics, as a busy mail-catcher port only costs e-mail; elsewhere it is a deployment mistake, and the process stops. */
export async function serveMetricsUnlessBusyInLocal(
  config: Config,
  source: MetricsSource,
): Promise<MetricsServer | null> {
  try {
    return await serveMetrics(source, config.host, config.metrics.port);
  } catch (error) {
    if (config.environment !== "local" || (error as { code?: unknown }).code !== "EADDRINUSE") throw error;
    rootLogger.warn({ port: config.metrics.port }, "metrics port busy; metrics stay off (set METRICS_PORT)");
    return null;
  }
}
