import type { Interleaved, Sample } from "./measure.js";
import { median, percentOf } from "./stats.js";

/** One server's figures for a scenario: medians over the rounds, sums of failures, the highest peak RSS. */
export interface Side {
  readonly reqPerSec: number;
  readonly p50: number;
  readonly p99: number;
  readonly errors: number;
  readonly non2xx: number;
  readonly peakRssMb: number;
  readonly cpuMsPerRequest: number;
  readonly healthP99: number | null;
  readonly rounds: number[];
}

/** A scenario's line in the table: both sides and the app-to-floor ratios. */
export interface Row {
  readonly key: string;
  readonly label: string;
  readonly extraRows: number;
  readonly app: Side;
  readonly floor: Side;
  readonly reqPerSecPercent: number;
  readonly p99Ratio: number;
  /** The floor's CPU per request as a percentage of ours: the req/s ratio two equally scheduled servers would show. */
  readonly cpuPercent: number;
}

function side(samples: readonly Sample[]): Side {
  const healths = samples.flatMap((sample) => (sample.health ? [sample.health.p99] : []));
  return {
    reqPerSec: median(samples.map((sample) => sample.load.reqPerSec)),
    p50: median(samples.map((sample) => sample.load.p50)),
    p99: median(samples.map((sample) => sample.load.p99)),
    errors: samples.reduce((sum, sample) => sum + sample.load.errors, 0),
    non2xx: samples.reduce((sum, sample) => sum + sample.load.non2xx, 0),
    peakRssMb: Math.max(...samples.map((sample) => sample.peakRssMb)),
    cpuMsPerRequest: median(samples.map((sample) => sample.cpuMsPerRequest)),
    healthP99: healths.length > 0 ? median(healths) : null,
    rounds: samples.map((sample) => sample.load.reqPerSec),
  };
}

/** Reduces interleaved samples to a table row. */
export function summarise(measured: Interleaved): Row {
  const app = side(measured.app);
  const floor = side(measured.floor);
  return {
    key: measured.scenario.key,
    label: measured.scenario.label,
    extraRows: measured.extraRows,
    app,
    floor,
    reqPerSecPercent: percentOf(app.reqPerSec, floor.reqPerSec),
    p99Ratio: floor.p99 > 0 ? app.p99 / floor.p99 : Number.NaN,
    cpuPercent: percentOf(floor.cpuMsPerRequest, app.cpuMsPerRequest),
  };
}
