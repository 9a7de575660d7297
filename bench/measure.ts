import type { BenchOptions } from "./bench-options.js";
import type { LoadResult } from "./load/load-spec.js";
import { runLoad } from "./load/run-load.js";
import { HEALTH_PATH, type Scenario } from "./scenarios.js";
import { cpuTicks, peakRssMb, resetPeakRss, waitForIdle } from "./server/process-memory.js";
import type { ServerProcess } from "./server/server-process.js";

/** One measured window of one scenario on one server. */
export interface Sample {
  readonly load: LoadResult;
  readonly peakRssMb: number;
  /** Server CPU time (all threads) per response over the run: unlike req/s, barely moved by other load. */
  readonly cpuMsPerRequest: number;
  /** Health-check latency measured in parallel, when the scenario asks for it. */
  readonly health: LoadResult | null;
}

/** The samples of one scenario, app and floor, taken interleaved. */
export interface Interleaved {
  readonly scenario: Scenario;
  readonly extraRows: number;
  readonly app: Sample[];
  readonly floor: Sample[];
}

/**
 * Sends the scenario's request once more and waits for it: queued work (a login backlog left when the load
 * generator hung up) is served first, so the next measurement starts on an empty queue. Then waits for idle CPU.
 */
async function drain(server: ServerProcess, scenario: Scenario): Promise<void> {
  const init = { method: scenario.method, headers: scenario.headers, body: scenario.body };
  await fetch(`${server.baseUrl}${scenario.path}`, { ...init, signal: AbortSignal.timeout(300_000) }).then(
    (response) => response.arrayBuffer(),
    () => undefined,
  );
  await waitForIdle(server.pid, 5_000);
}

async function sampleOnce(server: ServerProcess, scenario: Scenario, options: BenchOptions): Promise<Sample> {
  resetPeakRss(server.pid);
  const ticksBefore = cpuTicks(server.pid);
  const common = { warmupSeconds: options.warmupSeconds, windowSeconds: scenario.windowSeconds };
  const main = runLoad(
    {
      ...common,
      url: `${server.baseUrl}${scenario.path}`,
      method: scenario.method,
      headers: scenario.headers,
      body: scenario.body,
      connections: options.connections,
      timeoutSeconds: scenario.timeoutSeconds,
    },
    options.driver,
  );
  // A light, paced probe (20 req/s on 2 connections): it measures the event loop without adding real load.
  const probe = scenario.healthProbe
    ? runLoad(
        {
          ...common,
          url: `${server.baseUrl}${HEALTH_PATH}`,
          method: "GET",
          headers: {},
          connections: 2,
          overallRate: 20,
          timeoutSeconds: 30,
        },
        options.driver,
      )
    : Promise.resolve(null);
  const [load, health] = await Promise.all([main, probe]);
  const peak = peakRssMb(server.pid);
  const cpuMs = (cpuTicks(server.pid) - ticksBefore) * 10;
  // The paced health probe's few cheap requests stay in the CPU time but out of the count (login is ~5 req/s).
  const responses = load.totalResponses;
  await drain(server, scenario);
  return { load, health, peakRssMb: peak, cpuMsPerRequest: responses > 0 ? cpuMs / responses : Number.NaN };
}

/** Runs the scenario on app and floor in turn (A, B, A, B, …) for the configured rounds. */
export async function interleave(
  scenario: Scenario,
  servers: { app: ServerProcess; floor: ServerProcess },
  options: BenchOptions,
  extraRows: number,
  progress: (line: string) => void,
): Promise<Interleaved> {
  const result: Interleaved = { scenario, extraRows, app: [], floor: [] };
  for (let round = 1; round <= options.rounds; round += 1) {
    for (const side of ["app", "floor"] as const) {
      const sample = await sampleOnce(servers[side], scenario, options);
      result[side].push(sample);
      const { reqPerSec, p99, errors, non2xx } = sample.load;
      const healthNote = sample.health ? ` health p99 ${sample.health.p99.toFixed(1)} ms` : "";
      progress(
        `  ${scenario.key} rows+${extraRows} round ${round} ${side.padEnd(5)} ${reqPerSec.toFixed(1)} req/s ` +
          `p99 ${p99.toFixed(1)} ms cpu ${sample.cpuMsPerRequest.toFixed(2)} ms/req err ${errors} non2xx ${non2xx} rss ${sample.peakRssMb.toFixed(0)} MB${healthNote}`,
      );
    }
  }
  return result;
}
