import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { LoadResult, LoadSpec } from "./load-spec.js";
import { runProcess } from "./run-process.js";

/** What one wrk run printed from the script's `done` hook. Latencies in microseconds, as wrk keeps them. */
interface WrkRun {
  readonly requests: number;
  readonly durationUs: number;
  readonly connectErrors: number;
  readonly readErrors: number;
  readonly writeErrors: number;
  readonly non2xx3xx: number;
  readonly timeouts: number;
  readonly p50Us: number;
  readonly p99Us: number;
  readonly maxUs: number;
}

/** A Lua string literal: JSON's escapes are Lua's for printable ASCII, which is all a bench request holds. */
function luaString(value: string): string {
  if (!/^[\x20-\x7e]*$/.test(value)) throw new Error(`wrk script: only printable ASCII is supported: ${value}`);
  return JSON.stringify(value);
}

const DONE_HOOK = `
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '{"requests":%d,"durationUs":%d,"connectErrors":%d,"readErrors":%d,"writeErrors":%d,"non2xx3xx":%d,"timeouts":%d,"p50Us":%.1f,"p99Us":%.1f,"maxUs":%.1f}\\n',
    summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(99), latency.max))
end
`;

/** The request of the spec as a wrk script, with a `done` hook that prints the run's figures as one JSON line. */
export function wrkScript(spec: Pick<LoadSpec, "method" | "headers" | "body">): string {
  const lines = [`wrk.method = ${luaString(spec.method)}`];
  if (spec.body !== undefined) lines.push(`wrk.body = ${luaString(spec.body)}`);
  for (const [name, value] of Object.entries(spec.headers)) {
    lines.push(`wrk.headers[${luaString(name)}] = ${luaString(value)}`);
  }
  return `${lines.join("\n")}\n${DONE_HOOK}`;
}

async function runOnce(spec: LoadSpec, script: string, seconds: number): Promise<WrkRun> {
  const { code, out, err } = await runProcess("wrk", [
    "--threads",
    "1",
    "--connections",
    String(spec.connections),
    "--duration",
    `${seconds}s`,
    "--timeout",
    `${spec.timeoutSeconds}s`,
    "--script",
    script,
    spec.url,
  ]);
  const line = out.split("\n").find((candidate) => candidate.startsWith('{"requests"'));
  if (code !== 0 || !line) throw new Error(`wrk exited with ${code}: ${err.trim()}${out}`);
  return JSON.parse(line) as WrkRun;
}

/**
 * One load spec driven by wrk (C, one thread): a warm-up run whose figures are dropped, then the measured window.
 * wrk spends a fraction of the CPU a Node load generator does, so a fast server is not starved by its own load.
 * It cannot pace requests: a spec with `overallRate` is refused (the paced health probe stays on autocannon).
 */
export async function runWrk(spec: LoadSpec): Promise<LoadResult> {
  if (spec.overallRate !== undefined) throw new Error("wrk cannot pace requests: use autocannon for a paced probe");
  const dir = mkdtempSync(join(tmpdir(), "aygentic-wrk-"));
  try {
    const script = join(dir, "request.lua");
    writeFileSync(script, wrkScript(spec));
    const warmup = spec.warmupSeconds > 0 ? await runOnce(spec, script, spec.warmupSeconds) : null;
    const run = await runOnce(spec, script, spec.windowSeconds);
    const errors = run.connectErrors + run.readErrors + run.writeErrors + run.timeouts;
    return {
      responses: run.requests,
      totalResponses: run.requests + (warmup?.requests ?? 0),
      reqPerSec: run.requests / (run.durationUs / 1e6),
      p50: run.p50Us / 1000,
      p99: run.p99Us / 1000,
      max: run.maxUs / 1000,
      errors,
      timeouts: run.timeouts,
      non2xx: run.non2xx3xx,
      statusCodes: { "2xx-3xx": run.requests - run.non2xx3xx, other: run.non2xx3xx },
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
