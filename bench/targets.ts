import { ITEMS_LIST } from "./scenarios.js";
import type { PageWeight } from "./spa-weight.js";
import { percentOf } from "./stats.js";
import type { Row } from "./summary.js";

/** One target of issue 8, what was measured, and whether it holds (null: not measured in this run). */
export interface TargetCheck {
  readonly target: string;
  readonly measured: string;
  readonly met: boolean | null;
}

const pct = (value: number) => `${value.toFixed(0)} %`;

/** Checks the targets against one run's rows (ratios within the run only). */
export function checkTargets(rows: readonly Row[], spa: readonly PageWeight[] | null): TargetCheck[] {
  const base = rows.filter((row) => row.extraRows === 0);
  const find = (key: string) => base.find((row) => row.key === key);
  const checks: TargetCheck[] = [];
  for (const key of ["items-list", "item-create", "me"]) {
    const row = find(key);
    if (!row) continue;
    checks.push({
      target: `${row.label}: ≥ 75 % of the floor's req/s, p99 ≤ 1.5 × the floor's`,
      measured: `${pct(row.reqPerSecPercent)}, p99 ${row.p99Ratio.toFixed(2)} × (by CPU per request: ${pct(row.cpuPercent)})`,
      met: row.reqPerSecPercent >= 75 && row.p99Ratio <= 1.5,
    });
  }
  const health = find("health");
  if (health) {
    const met = health.reqPerSecPercent >= 50;
    const measured = `${pct(health.reqPerSecPercent)} (by CPU per request: ${pct(health.cpuPercent)})`;
    checks.push({ target: "health: ≥ 50 % of the floor's req/s", measured, met });
  }
  const lists = rows.filter((row) => row.key === ITEMS_LIST).sort((a, b) => a.extraRows - b.extraRows);
  const first = lists[0];
  const last = lists.at(-1);
  if (first && last && last.extraRows > first.extraRows) {
    const own = percentOf(last.app.reqPerSec, first.app.reqPerSec);
    const normalised = percentOf(last.reqPerSecPercent, first.reqPerSecPercent);
    // Measured minutes apart, so machine load weighs on req/s; CPU per request is the steadier witness.
    const byCpu = percentOf(first.app.cpuMsPerRequest, last.app.cpuMsPerRequest);
    checks.push({
      target: `items list at +${last.extraRows.toLocaleString("en")} rows: no more than 10 % below its figure at +${first.extraRows}`,
      measured: `${pct(own)} of it (floor-normalised: ${pct(normalised)}; by CPU per request: ${pct(byCpu)})`,
      met: own >= 90,
    });
  }
  const login = find("login");
  if (login) {
    checks.push({
      target: "login: ≥ 90 % of the floor's req/s",
      measured: `${pct(login.reqPerSecPercent)} (by CPU per request: ${pct(login.cpuPercent)})`,
      met: login.reqPerSecPercent >= 90,
    });
    const healthP99 = login.app.healthP99 ?? Number.NaN;
    const met = healthP99 <= 100;
    checks.push({
      target: "health p99 ≤ 100 ms while login is saturated",
      measured: `${healthP99.toFixed(1)} ms`,
      met,
    });
    const rss = login.app.peakRssMb;
    checks.push({ target: "peak RSS ≤ 400 MB under login load", measured: `${rss.toFixed(0)} MB`, met: rss <= 400 });
  }
  const loginPage = spa?.find((page) => page.page === "/login");
  checks.push({
    target: "/login: ≤ 50 kB (50,000 bytes) JavaScript on the wire",
    measured: loginPage ? `${(loginPage.jsWireBytes / 1000).toFixed(1)} kB` : "not measured",
    met: loginPage ? loginPage.jsWireBytes <= 50_000 : null,
  });
  return checks;
}
