import { isSpanContextValid, trace } from "@opentelemetry/api";

/**
 * A pino mixin: the active trace's ids on every log line written while serving a traced request. Without the
 * OpenTelemetry SDK (OTEL_EXPORTER_OTLP_ENDPOINT unset) the API has no active span and this adds nothing.
 */
export function traceFields(): { trace_id?: string; span_id?: string } {
  const context = trace.getActiveSpan()?.spanContext();
  if (!context || !isSpanContextValid(context)) return {};
  return { trace_id: context.traceId, span_id: context.spanId };
}
