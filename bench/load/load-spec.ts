/** One load run, as the harness hands it to the load-generator child process. */
export interface LoadSpec {
  readonly url: string;
  readonly method: "GET" | "POST";
  readonly headers: Record<string, string>;
  readonly body?: string;
  readonly connections: number;
  /** Seconds of load before the measured window opens (responses then are not counted). */
  readonly warmupSeconds: number;
  readonly windowSeconds: number;
  readonly timeoutSeconds: number;
  /** Requests per second over all connections; unset = as fast as the server answers. */
  readonly overallRate?: number;
}

/** What was measured inside the window. Latencies in milliseconds. */
export interface LoadResult {
  readonly responses: number;
  /** Responses over the whole run, warm-up included (to divide the server's CPU time by). */
  readonly totalResponses: number;
  readonly reqPerSec: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  readonly errors: number;
  readonly timeouts: number;
  readonly non2xx: number;
  readonly statusCodes: Record<string, number>;
}
