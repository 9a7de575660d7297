import cors from "@koa/cors";
import { Router } from "@koa/router";
import type { Container } from "inversify";
import Koa, { type Middleware } from "koa";
import compress from "koa-compress";
import type { DomainError } from "../../core/shared/errors.js";
import type { Config } from "../config.js";
import { rootLogger } from "../logger.js";
import { registerDocs } from "./api-docs/docs.js";
import { RegisterRoutes } from "./generated/routes.js";
import { liveness } from "./health/liveness.js";
import { isClientDisconnect } from "./middleware/client-disconnect.js";
import { operationRouter } from "./middleware/local-only.js";
import { requestContext } from "./middleware/request-context.js";
import { helmetHeaders } from "./middleware/security-headers.js";
import { serializeJsonOnce } from "./middleware/serialize-json-once.js";
import { type CounterLocation, CounterStore } from "./rate-limit/counter-store.js";
import { AppCounters } from "./rate-limit/request-limit.js";
import { spaMiddleware } from "./spa/spa.js";

export interface AppOptions {
  readonly config: Config;
  readonly container: Container;
  /** Called once for every unexpected (500) error, e.g. Sentry.captureException. */
  readonly onUnexpectedError?: (error: unknown) => void;
  /** The port error a driver's error means (persistence's `portErrorOf`): an unreachable database answers 503. */
  readonly portErrorOf?: (error: unknown) => DomainError | null;
  /** Where rate-limit counters live: PostgreSQL to share them across replicas; default this process. */
  readonly counterLocation?: CounterLocation;
  /** Counts and times every request (adapters/observability); outermost, so it sees the final status. */
  readonly httpMetrics?: Middleware;
}

const contentSecurityPolicy = {
  directives: {
    defaultSrc: ["'self'"],
    scriptSrc: ["'self'"],
    styleSrc: ["'self'", "'unsafe-inline'"],
    imgSrc: ["'self'", "data:"],
    fontSrc: ["'self'", "data:"],
    connectSrc: ["'self'"],
    objectSrc: ["'none'"],
    baseUri: ["'self'"],
    formAction: ["'self'"],
    frameAncestors: ["'none'"],
    upgradeInsecureRequests: null,
  },
};

/**
 * CORS for the configured origins. A request from any other origin (or none) only gets `Vary: Origin`, as
 * @koa/cors answers it, without entering its async step.
 */
function corsFor(allowed: ReadonlySet<string>): Middleware {
  const allowedCors = cors({ origin: (ctx) => ctx.get("Origin"), credentials: true });
  return (ctx, next) => {
    if (allowed.has(ctx.get("Origin"))) return allowedCors(ctx, next);
    ctx.vary("Origin");
    return next();
  };
}

function apiRouter(config: Config): Router {
  const router = new Router();
  RegisterRoutes(operationRouter(router, config.environment === "local"));
  registerDocs(router, config);
  return router;
}

/** The Koa app: request context, security headers, CORS, liveness, compression, API routes (each reads its own body), docs and the SPA. */
export function createApp({
  config,
  container,
  onUnexpectedError,
  portErrorOf,
  counterLocation,
  httpMetrics,
}: AppOptions): Koa {
  const app = new Koa();
  if (httpMetrics) app.use(httpMetrics);
  // Koa trusts X-Forwarded-* only for the configured hops; client IPs come from clientIp() (client-ip.ts).
  app.proxy = config.trustedProxies > 0;
  app.maxIpsCount = config.trustedProxies;
  const router = apiRouter(config);
  const rateLimitCounters = new AppCounters(config.rateLimits, new CounterStore(counterLocation ?? { kind: "memory" }));
  app.use(
    requestContext({
      headers: helmetHeaders({
        contentSecurityPolicy,
        frameguard: { action: "deny" },
        referrerPolicy: { policy: "strict-origin-when-cross-origin" },
        strictTransportSecurity:
          config.environment === "local" ? false : { maxAge: 31_536_000, includeSubDomains: true },
      }),
      state: { container, rateLimitCounters },
      errors: { onUnexpectedError, portErrorOf },
      requestLog: config.requestLog,
    }),
  );
  app.use(corsFor(new Set(config.corsOrigins)));
  app.use(liveness);
  app.use(compress());
  app.use(serializeJsonOnce);
  app.use(router.routes());
  app.use(router.allowedMethods({ throw: false }));
  for (const middleware of spaMiddleware(config.webDist) ?? []) app.use(middleware);
  app.on("error", (error: unknown) => {
    if (!isClientDisconnect(error)) rootLogger.error({ err: error }, "response stream failed");
  });
  return app;
}
