import type { Knex } from "knex";
import type { Middleware } from "koa";
import type { Registry } from "prom-client";
import type { Config } from "../config.js";
import { httpMetricsMiddleware } from "./http-metrics.js";
import { createMetrics, type MetricSources } from "./metrics.js";
import { type MetricsServer, serveMetrics } from "./metrics-server.js";

/** The metrics of a running app: the middleware that feeds them and the listener that serves them. */
export interface RunningMetrics extends MetricsServer {
  readonly httpMetrics: Middleware;
  /** Where other parts of the process (the job workers) register their metrics. */
  readonly registry: Registry;
}

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

/** Starts the metrics listener on METRICS_PORT unless METRICS_ENABLED=false (then null). */
export async function startMetrics(
  config: Config,
  sources: { readonly knex: Knex; readonly hasher: object },
): Promise<RunningMetrics | null> {
  if (!config.metrics.enabled) return null;
  const hasher = sources.hasher as QueueReporting;
  const metrics = createMetrics({
    pool: poolOf(sources.knex),
    hashQueue: () => ({ running: hasher.running ?? 0, waiting: hasher.queued ?? 0 }),
  });
  const server = await serveMetrics(metrics.registry, config.host, config.metrics.port);
  return { ...server, httpMetrics: httpMetricsMiddleware(metrics, config.apiV1Str), registry: metrics.registry };
}
