import autocannon from "autocannon";
import { quantile } from "../stats.js";
import type { LoadResult, LoadSpec } from "./load-spec.js";

/**
 * The load generator, run in a process of its own so it never shares the harness's (or a server's) event loop.
 * One continuous autocannon run covers warm-up and window; only responses completing inside the window count, so
 * the backlog a slow endpoint builds during warm-up is part of the steady state being measured.
 */
async function main(spec: LoadSpec): Promise<LoadResult> {
  const latencies: number[] = [];
  const statusCodes: Record<string, number> = {};
  let non2xx = 0;
  let errors = 0;
  let timeouts = 0;
  let totalResponses = 0;
  const started = performance.now();
  const windowStart = started + spec.warmupSeconds * 1000;
  const windowEnd = windowStart + spec.windowSeconds * 1000;
  const inWindow = () => {
    const now = performance.now();
    return now >= windowStart && now < windowEnd;
  };
  let finished: (error: Error | null) => void = () => {};
  const done = new Promise<void>((resolve, reject) => {
    finished = (error) => (error ? reject(error) : resolve());
  });
  const options: autocannon.Options = {
    url: spec.url,
    method: spec.method,
    headers: spec.headers,
    body: spec.body,
    connections: spec.connections,
    duration: spec.warmupSeconds + spec.windowSeconds,
    timeout: spec.timeoutSeconds,
    overallRate: spec.overallRate,
  };
  const instance = autocannon(options, (error) => finished(error ?? null));
  instance.on("response", (_client, statusCode, _bytes, responseTime) => {
    totalResponses += 1;
    if (!inWindow()) return;
    latencies.push(responseTime);
    statusCodes[statusCode] = (statusCodes[statusCode] ?? 0) + 1;
    if (statusCode < 200 || statusCode > 299) non2xx += 1;
  });
  instance.on("reqError", (error: Error) => {
    if (!inWindow()) return;
    errors += 1;
    if (error.message.includes("timed out")) timeouts += 1;
  });
  await done;
  return {
    responses: latencies.length,
    totalResponses,
    reqPerSec: latencies.length / spec.windowSeconds,
    p50: quantile(latencies, 0.5),
    p99: quantile(latencies, 0.99),
    max: quantile(latencies, 1),
    errors,
    timeouts,
    non2xx,
    statusCodes,
  };
}

const spec = JSON.parse(process.argv[2] ?? "{}") as LoadSpec;
main(spec).then(
  (result) => process.stdout.write(`${JSON.stringify(result)}\n`),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
