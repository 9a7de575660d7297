import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import type { LoadResult, LoadSpec } from "./load-spec.js";
import { runWrk } from "./wrk.js";

const child = fileURLToPath(new URL("./autocannon-child.ts", import.meta.url));

/** The load generators the bench can drive: wrk by default, autocannon for paced runs and where wrk is missing. */
export type LoadDriver = "wrk" | "autocannon";

/** Runs one load spec with the chosen generator; a paced spec (`overallRate`) always goes to autocannon. */
export function runLoad(spec: LoadSpec, driver: LoadDriver): Promise<LoadResult> {
  return driver === "wrk" && spec.overallRate === undefined ? runWrk(spec) : runAutocannon(spec);
}

/** Runs one load spec in a separate Node process (autocannon) and returns what it measured. */
function runAutocannon(spec: LoadSpec): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ["--import", "tsx", child, JSON.stringify(spec)], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    proc.stdout.on("data", (chunk: Buffer) => {
      out += chunk;
    });
    proc.stderr.on("data", (chunk: Buffer) => {
      err += chunk;
    });
    proc.on("error", reject);
    proc.on("close", (code) => {
      if (code !== 0) return reject(new Error(`load generator exited with ${code}: ${err.trim()}`));
      try {
        // JSON turns NaN (no response inside the window) into null; turn it back.
        const revive = (_key: string, value: unknown) => (value === null ? Number.NaN : value);
        resolve(JSON.parse(out.trim().split("\n").at(-1) ?? "", revive) as LoadResult);
      } catch {
        reject(new Error(`load generator printed no result: ${out}${err}`));
      }
    });
  });
}
