import { register } from "node:module";
import { HttpInstrumentation } from "@opentelemetry/instrumentation-http";
import { KoaInstrumentation, KoaLayerType } from "@opentelemetry/instrumentation-koa";
import { PgInstrumentation } from "@opentelemetry/instrumentation-pg";
import { NodeSDK } from "@opentelemetry/sdk-node";
import { incomingWithoutQuery, outgoingWithoutQuery } from "./span-urls.js";

/**
 * Starts the OpenTelemetry SDK: spans for incoming and outgoing HTTP, Koa middleware and routes, and SQL through
 * `pg`, exported over OTLP as the standard OTEL_* variables say (endpoint, protocol, headers, service name).
 * The W3C trace-context propagator is the default, so an incoming `traceparent` is continued. Query strings stay
 * out of the spans (span-urls.ts).
 */
export function startTracing(): NodeSDK {
  // The ESM loader hook lets the instrumentations patch modules the app imports (koa); `require`d ones need none.
  register("@opentelemetry/instrumentation/hook.mjs", import.meta.url);
  const sdk = new NodeSDK({
    serviceName: process.env.OTEL_SERVICE_NAME ?? "aygentic-starter",
    instrumentations: [
      // Health and readiness probes every few seconds would drown the traces that matter.
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (request) => /\/utils\/(health-check|ready)/.test(request.url ?? ""),
        startIncomingSpanHook: incomingWithoutQuery,
        startOutgoingSpanHook: outgoingWithoutQuery,
      }),
      // One span per matched route; a span per middleware (a dozen per request) says little.
      new KoaInstrumentation({ ignoreLayersType: [KoaLayerType.MIDDLEWARE] }),
      new PgInstrumentation({ requireParentSpan: true }),
    ],
  });
  sdk.start();
  return sdk;
}
