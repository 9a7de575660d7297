import { fileURLToPath } from "node:url";
import type { LoadResult, LoadSpec } from "./load-spec.js";
import { runProcess } from "./run-process.js";
import { runWrk } from "./wrk.js";

const child = fileURLToPath(new URL("./autocannon-child.ts", import.meta.url));

/** The load generators the bench can drive: wrk by default, autocannon for paced runs and where wrk is missing. */
export type LoadDriver = "wrk" | "autocannon";

/** Runs one load spec with the chosen generator; a paced spec (`overallRate`) always goes to autocannon. */
export function runLoad(spec: LoadSpec, driver: LoadDriver): Promise<LoadResult> {
  return driver === "wrk" && spec.overallRate === undefined ? runWrk(spec) : runAutocannon(spec);
}

/** Runs one load spec in a separate Node process (autocannon) and returns what it measured. */
async function runAutocannon(spec: LoadSpec): Promise<LoadResult> {
  const { code, out, err } = await runProcess(process.execPath, ["--import", "tsx", child, JSON.stringify(spec)]);
  if (code !== 0) throw new Error(`load generator exited with ${code}: ${err.trim()}`);
  try {
    // JSON turns NaN (no response inside the window) into null; turn it back.
    const revive = (_key: string, value: unknown) => (value === null ? Number.NaN : value);
    return JSON.parse(out.trim().split("\n").at(-1) ?? "", revive) as LoadResult;
  } catch {
    throw new Error(`load generator printed no result: ${out}${err}`);
  }
}
