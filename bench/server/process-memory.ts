import { readFileSync, writeFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";

/** Resets the kernel's peak-RSS mark (VmHWM) of a process we own, so the next reading covers one run only. */
export function resetPeakRss(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, "5");
    return true;
  } catch {
    return false;
  }
}

/** The process's peak resident set size (VmHWM) in MB. */
export function peakRssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  return kb / 1024;
}

/** CPU time (user + system, all threads) the process has used, in clock ticks of 10 ms. */
export function cpuTicks(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
  return Number(fields[11]) + Number(fields[12]);
}

/**
 * Waits until the process burns (almost) no CPU, so work queued by the previous run (a login backlog left when the
 * load generator hung up) does not spill into the next measurement.
 */
export async function waitForIdle(pid: number, maxMs = 60_000): Promise<void> {
  const deadline = Date.now() + maxMs;
  let previous = cpuTicks(pid);
  while (Date.now() < deadline) {
    await sleep(300);
    const now = cpuTicks(pid);
    if (now - previous <= 2) return;
    previous = now;
  }
}
