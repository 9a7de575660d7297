import type { Context, Middleware } from "koa";

/** The liveness route as the generated router registers it (`UtilsController.healthCheck`, which documents it). */
export const LIVENESS_ROUTE = "/api/v1/utils/health-check";

const livenessPaths = new Set([LIVENESS_ROUTE, `${LIVENESS_ROUTE}/`]);

/**
 * Liveness answered before compression, JSON serialisation, the router's dispatch and tsoa's handler: it is the
 * most frequent request (probes) and its answer is a constant. It still gets everything the steps before it give
 * every answer (request id, security headers, CORS, the log line and metrics), the `Vary` koa-compress adds, and
 * the route label the router sets; other spellings the router accepts (letter case) still go through it.
 */
export const liveness: Middleware = (ctx, next) => {
  if ((ctx.method !== "GET" && ctx.method !== "HEAD") || !livenessPaths.has(ctx.path)) return next();
  ctx.vary("Accept-Encoding");
  (ctx as Context & { _matchedRoute?: string })._matchedRoute = LIVENESS_ROUTE;
  ctx.body = true;
  return Promise.resolve();
};
