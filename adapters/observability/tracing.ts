// The process's first module: `node --import ./dist/adapters/observability/tracing.js dist/adapters/main.js`.
// Instrumentation has to patch http, koa and pg before the app imports them, hence a module of its own, loaded
// ahead of main.js. Without OTEL_EXPORTER_OTLP_ENDPOINT nothing of the OpenTelemetry SDK is even imported.
if (process.env.OTEL_EXPORTER_OTLP_ENDPOINT) {
  const { startTracing } = await import("./start-tracing.js");
  startTracing();
}
