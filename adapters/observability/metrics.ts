import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";

/** Where the gauges read their values at scrape time. */
export interface MetricSources {
  /** The database pool: connections lent out and callers waiting for one (null before the pool exists). */
  readonly pool: () => { readonly inUse: number; readonly waiting: number } | null;
  /** The password hasher: hashes running and hashes queued behind them. */
  readonly hashQueue: () => { readonly running: number; readonly waiting: number };
}

/** The metrics of one app (docs/deployment/observability.md), on a registry of its own so several apps can live in one process. */
export interface AppMetrics {
  readonly registry: Registry;
  readonly httpRequests: Counter<"method" | "route" | "status">;
  readonly httpDuration: Histogram<"method" | "route" | "status">;
  readonly logins: Counter<"outcome">;
  readonly rateLimitRejections: Counter<"operation">;
}

const durationBuckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

/** Builds the registry: Node.js and process defaults, HTTP, logins, rate limits, database pool and hash queue. */
export function createMetrics(sources: MetricSources): AppMetrics {
  const registry = new Registry();
  const registers = [registry];
  collectDefaultMetrics({ register: registry });
  const gauge = (name: string, help: string, read: () => number) =>
    new Gauge({
      name,
      help,
      registers,
      collect() {
        this.set(read());
      },
    });
  gauge("db_pool_connections_in_use", "Database connections lent out of the pool", () => sources.pool()?.inUse ?? 0);
  gauge("db_pool_acquires_waiting", "Queries waiting for a database connection", () => sources.pool()?.waiting ?? 0);
  gauge("password_hash_running", "Password hashes (argon2) being computed", () => sources.hashQueue().running);
  gauge("password_hash_queue_depth", "Password hashes waiting for a free slot", () => sources.hashQueue().waiting);
  return {
    registry,
    httpRequests: new Counter({
      name: "http_requests_total",
      help: "HTTP requests answered, by method, route template and status",
      labelNames: ["method", "route", "status"],
      registers,
    }),
    httpDuration: new Histogram({
      name: "http_request_duration_seconds",
      help: "Time to answer an HTTP request, by method, route template and status",
      labelNames: ["method", "route", "status"],
      buckets: durationBuckets,
      registers,
    }),
    logins: new Counter({
      name: "logins_total",
      help: "Password logins by outcome (success, failure, invalid_request, rate_limited, error)",
      labelNames: ["outcome"],
      registers,
    }),
    rateLimitRejections: new Counter({
      name: "rate_limit_rejections_total",
      help: "Requests refused with 429 by the rate limits, by operation (login, recovery, signup)",
      labelNames: ["operation"],
      registers,
    }),
  };
}
