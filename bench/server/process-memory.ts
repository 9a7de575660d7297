import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";

/** The fields of /proc/<pid>/stat after the command name (state is field 0), or null once the process is gone. */
function statFields(pid: number): string[] | null {
  try {
    return readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? null;
  } catch {
    return null;
  }
}

/** The process and every live descendant: a server in cluster mode does its work in forked workers. */
export function processTree(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    const child = Number(entry);
    if (!Number.isInteger(child)) continue;
    const parent = Number(statFields(child)?.[1]);
    children.set(parent, [...(children.get(parent) ?? []), child]);
  }
  const tree = [pid];
  for (let i = 0; i < tree.length; i += 1) tree.push(...(children.get(tree[i] as number) ?? []));
  return tree;
}

/** Resets the kernel's peak-RSS mark (VmHWM) of a process tree we own, so the next reading covers one run only. */
export function resetPeakRss(pid: number): boolean {
  try {
    for (const member of processTree(pid)) writeFileSync(`/proc/${member}/clear_refs`, "5");
    return true;
  } catch {
    return false;
  }
}

/** The peak resident set size (VmHWM) of the process and its workers, summed, in MB. */
export function peakRssMb(pid: number): number {
  let kb = 0;
  for (const member of processTree(pid)) {
    const status = readFileSync(`/proc/${member}/status`, "utf8");
    kb += Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? Number.NaN);
  }
  return kb / 1024;
}

/** CPU time (user + system, all threads) the process and its live workers have used, in clock ticks of 10 ms. */
export function cpuTicks(pid: number): number {
  let ticks = 0;
  for (const member of processTree(pid)) {
    const fields = statFields(member);
    if (fields) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks;
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
