import { trace } from "@opentelemetry/api";

type Flushable = { getDelegate?: () => { forceFlush?: () => Promise<void> } };

/** Exports the spans still buffered (before the process exits); does nothing when tracing is off. */
export async function flushTraces(): Promise<void> {
  await (trace.getTracerProvider() as Flushable).getDelegate?.().forceFlush?.();
}
