import { AggregatorRegistry } from "prom-client";
import type { Config } from "../config.js";
import { type CollectedMetrics, collectMetrics } from "../observability/start-metrics.js";

/** A cluster worker's metrics: collected here, answered to the primary, which sums them on METRICS_PORT. */
export function shareMetricsWithPrimary(
  config: Config,
  sources: Parameters<typeof collectMetrics>[1],
): CollectedMetrics | null {
  if (!config.metrics.enabled) return null;
  const collected = collectMetrics(config, sources);
  AggregatorRegistry.setRegistries([collected.registry]);
  // Constructing one in a worker is what makes it answer the primary's requests for its metrics.
  new AggregatorRegistry();
  return collected;
}
