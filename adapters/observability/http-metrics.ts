import type { Context, Middleware } from "koa";
import { RATE_LIMITED_OPERATION } from "../http/rate-limit.js";
import type { AppMetrics } from "./metrics.js";
import { routeTemplateResolver } from "./route-template.js";

const loginOutcomes: Record<number, string> = {
  200: "success",
  400: "failure",
  422: "invalid_request",
  429: "rate_limited",
};

/** Counts and times every request by method, route template and status; counts logins and rate-limit refusals. */
export function httpMetricsMiddleware(metrics: AppMetrics, prefix = "/api/v1"): Middleware {
  const routeOf = routeTemplateResolver();
  const loginRoute = `${prefix}/login/access-token`;
  const record = (ctx: Context, status: number, seconds: number) => {
    const labels = { method: ctx.method, route: routeOf(ctx), status: String(status) };
    metrics.httpRequests.inc(labels);
    metrics.httpDuration.observe(labels, seconds);
    if (labels.route === loginRoute && ctx.method === "POST") {
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
