import type { Context, Middleware } from "koa";
import { RATE_LIMITED_OPERATION } from "../request-state-keys.js";
import type { AppMetrics } from "./metrics.js";
import { type RouteRegistration, routeTemplateResolver } from "./route-template.js";

const loginOutcomes: Record<number, string> = {
  200: "success",
  400: "failure",
  422: "invalid_request",
  429: "rate_limited",
};

/** Counts and times every request by method, route template and status; counts logins and rate-limit refusals. */
export function httpMetricsMiddleware(metrics: AppMetrics, routes: RouteRegistration, prefix = "/api/v1"): Middleware {
  const routeOf = routeTemplateResolver(routes);
  const loginRoute = `${prefix}/login/access-token`;
  // One labelled child per series, made on its first request: prom-client then skips hashing the labels each time.
  const series = new Map<string, { requests: { inc(): void }; duration: { observe(value: number): void } }>();
  const seriesOf = (method: string, route: string, status: number) => {
    const key = `${method} ${route} ${status}`;
    let found = series.get(key);
    if (!found) {
      const labels = { method, route, status: String(status) };
      found = { requests: metrics.httpRequests.labels(labels), duration: metrics.httpDuration.labels(labels) };
      series.set(key, found);
    }
    return found;
  };
  const record = (ctx: Context, status: number, seconds: number) => {
    const route = routeOf(ctx);
    const { requests, duration } = seriesOf(ctx.method, route, status);
    requests.inc();
    duration.observe(seconds);
    if (route === loginRoute && ctx.method === "POST") {
      metrics.logins.inc({ outcome: loginOutcomes[status] ?? "error" });
    }
    const operation = ctx.state[RATE_LIMITED_OPERATION];
    if (status === 429 && typeof operation === "string") metrics.rateLimitRejections.inc({ operation });
  };
  return async (ctx, next) => {
    const started = process.hrtime.bigint();
    let status = 500;
    try {
      await next();
      status = ctx.status;
    } finally {
      record(ctx, status, Number(process.hrtime.bigint() - started) / 1e9);
    }
  };
}
