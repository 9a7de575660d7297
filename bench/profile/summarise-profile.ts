import { readFileSync } from "node:fs";

interface ProfileNode {
  readonly id: number;
  readonly callFrame: { functionName: string; url: string; lineNumber: number };
  readonly hitCount?: number;
}

interface CpuProfile {
  readonly nodes: ProfileNode[];
  readonly startTime: number;
  readonly endTime: number;
}

/** Where a frame's code lives: a package under node_modules, our own folder, or Node/V8 itself. */
function owner(url: string): string {
  if (url === "") return "(native / V8)";
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (pkg) return pkg[1]!;
  if (url.startsWith("node:")) return url.split("/")[0]!;
  const ours = /\/(dist\/)?(adapters\/[^/]+|core\/[^/]+|bench\/[^/]+)/.exec(url);
  return ours ? ours[2]! : url;
}

function top(totals: Map<string, number>, all: number, count: number): string[] {
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, hits]) => `${((hits / all) * 100).toFixed(1).padStart(5)} %  ${name}`);
}

/** Prints self time by package and by function for a V8 .cpuprofile (node --cpu-prof). */
function summarise(path: string, count: number): string {
  const profile = JSON.parse(readFileSync(path, "utf8")) as CpuProfile;
  const byOwner = new Map<string, number>();
  const byFunction = new Map<string, number>();
  let all = 0;
  let idle = 0;
  for (const node of profile.nodes) {
    const hits = node.hitCount ?? 0;
    if (hits === 0) continue;
    // Idle time says nothing about where the work goes: percentages are of busy samples only.
    if (node.callFrame.functionName === "(idle)") {
      idle += hits;
      continue;
    }
    all += hits;
    const { functionName, url, lineNumber } = node.callFrame;
    const where = owner(url);
    byOwner.set(where, (byOwner.get(where) ?? 0) + hits);
    const name = `${functionName || "(anonymous)"} ${where}:${lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + hits);
  }
  const seconds = (profile.endTime - profile.startTime) / 1e6;
  return [
    `${path}: ${all} busy samples (+${idle} idle) over ${seconds.toFixed(1)} s; percentages of busy samples`,
    "self time by owner:",
    ...top(byOwner, all, count),
    "self time by function:",
    ...top(byFunction, all, count),
  ].join("\n");
}

for (const path of process.argv.slice(2)) process.stdout.write(`${summarise(path, 25)}\n\n`);
