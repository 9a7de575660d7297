import type { PageWeight } from "./spa-weight.js";
import type { Row } from "./summary.js";
import type { TargetCheck } from "./targets.js";

/** The circumstances of a run, printed above its table: only ratios within one run are comparable. */
export interface RunContext {
  readonly startedAt: string;
  readonly machine: string;
  readonly loadBefore: string;
  readonly loadAfter: string;
  readonly settings: string;
  readonly totalItems: Record<number, number>;
}

const n = (value: number, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : "–");
const ms = (value: number) => (Number.isFinite(value) ? value.toFixed(1) : "–");

function loadTable(rows: readonly Row[], totals: Record<number, number>): string[] {
  const lines = [
    "| scenario | extra rows (item table) | CPU ms/req ours / floor | floor CPU as % of ours | ours req/s | floor req/s | ours % of floor | ours p50 / p99 ms | floor p50 / p99 ms | p99 × floor | ours err / non-2xx | floor err / non-2xx | ours peak RSS MB | floor peak RSS MB |",
    "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  ];
  for (const row of rows) {
    const { app, floor } = row;
    const rowsNote = `+${row.extraRows.toLocaleString("en")} (${(totals[row.extraRows] ?? 0).toLocaleString("en")})`;
    lines.push(
      `| ${row.label} | ${rowsNote} | ${n(app.cpuMsPerRequest, 2)} / ${n(floor.cpuMsPerRequest, 2)} | ${n(row.cpuPercent)} % | ` +
        `${n(app.reqPerSec, 1)} | ${n(floor.reqPerSec, 1)} | ${n(row.reqPerSecPercent)} % | ` +
        `${ms(app.p50)} / ${ms(app.p99)} | ${ms(floor.p50)} / ${ms(floor.p99)} | ${n(row.p99Ratio, 2)} | ` +
        `${app.errors} / ${app.non2xx} | ${floor.errors} / ${floor.non2xx} | ${n(app.peakRssMb)} | ${n(floor.peakRssMb)} |`,
    );
  }
  return lines;
}

function detailLines(rows: readonly Row[]): string[] {
  const lines = ["Per-round req/s (ours | floor), to show the spread:", ""];
  for (const row of rows) {
    const rounds = (values: number[]) => values.map((value) => n(value, 1)).join(", ");
    lines.push(`- ${row.label} +${row.extraRows}: ${rounds(row.app.rounds)} | ${rounds(row.floor.rounds)}`);
  }
  const login = rows.find((row) => row.key === "login");
  if (login) {
    lines.push(
      "",
      `Health-check p99 while login is saturated (median of rounds): ours ${ms(login.app.healthP99 ?? Number.NaN)} ms, ` +
        `floor ${ms(login.floor.healthP99 ?? Number.NaN)} ms.`,
    );
  }
  return lines;
}

function spaTable(spa: readonly PageWeight[]): string[] {
  const kb = (bytes: number) => (bytes / 1000).toFixed(1);
  return [
    "| page | JS on the wire kB | CSS on the wire kB | JS decoded kB | CSS decoded kB | encoding | first contentful paint ms |",
    "|---|---:|---:|---:|---:|---|---:|",
    ...spa.map(
      (page) =>
        `| ${page.page} | ${kb(page.jsWireBytes)} | ${kb(page.cssWireBytes)} | ${kb(page.jsDecodedBytes)} | ` +
        `${kb(page.cssDecodedBytes)} | ${page.encodings.join(", ")} | ${ms(page.fcpMs)} |`,
    ),
  ];
}

/** The whole report as Markdown: context, load table, per-round spread, SPA weight, targets. */
export function renderReport(
  context: RunContext,
  rows: readonly Row[],
  spa: readonly PageWeight[] | string,
  checks: readonly TargetCheck[],
): string {
  const verdict = (met: boolean | null) => (met === null ? "not measured" : met ? "met" : "**missed**");
  return [
    `Run of ${context.startedAt} — ${context.machine}`,
    `Load average before / after: ${context.loadBefore} / ${context.loadAfter}. ${context.settings}`,
    "",
    ...loadTable(rows, context.totalItems),
    "",
    ...detailLines(rows),
    "",
    ...(typeof spa === "string" ? [`SPA: ${spa}`] : spaTable(spa)),
    "",
    "| target | measured | verdict |",
    "|---|---|---|",
    ...checks.map((check) => `| ${check.target} | ${check.measured} | ${verdict(check.met)} |`),
    "",
  ].join("\n");
}
