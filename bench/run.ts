import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createBenchDatabase, growExtraItems } from "./bench-database.js";
import { benchOptions } from "./bench-options.js";
import { checkSameAnswers } from "./check-same-answers.js";
import { interleave } from "./measure.js";
import { type RunContext, renderReport } from "./report.js";
import { ITEMS_LIST, scenarios } from "./scenarios.js";
import { seedThroughApi } from "./seed-through-api.js";
import { benchAdmin, benchEnvironment } from "./server/bench-environment.js";
import { freePort } from "./server/free-port.js";
import { type ServerProcess, startServer } from "./server/server-process.js";
import { measureSpa, type PageWeight } from "./spa-weight.js";
import { type Row, summarise } from "./summary.js";
import { checkTargets } from "./targets.js";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const log = (line: string) => process.stdout.write(`${line}\n`);

function build(): void {
  log("building: tsc -p tsconfig.build.json, vite build");
  execFileSync("npx", ["tsc", "-p", "tsconfig.build.json"], { cwd: root, stdio: "inherit" });
  execFileSync("npx", ["vite", "build", "--config", "web/vite.config.ts"], { cwd: root, stdio: "inherit" });
}

const LOAD_GENERATORS = {
  wrk: "wrk (one thread) per run, the paced health probe on autocannon",
  autocannon: "autocannon 9 in a child process per run, on the same cores",
} as const;

const serverNodeVersion = (node: string) => execFileSync(node, ["--version"], { encoding: "utf8" }).trim();

const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(" ");

async function main(): Promise<void> {
  const options = benchOptions(process.argv.slice(2), process.env);
  if (options.build) build();
  if (!existsSync(join(root, options.appEntry))) throw new Error(`${options.appEntry} missing: build first`);
  const startedAt = new Date().toISOString();
  const loadBefore = load();
  const logDir = join(tmpdir(), `aygentic-bench-${Date.now()}`);
  mkdirSync(logDir, { recursive: true });
  const database = await createBenchDatabase(options.adminUrl);
  log(`database ${database.url}; server logs in ${logDir}`);
  const admin = benchAdmin();
  // The same environment for both servers.
  const env = benchEnvironment(database.url, admin, options.logLevel);
  const profiling = options.cpuProf ? ["--cpu-prof", "--cpu-prof-dir", join(logDir, "profiles")] : [];
  const servers: ServerProcess[] = [];
  try {
    const app = await startServer({
      name: "app",
      args: [...profiling, options.appEntry],
      env: { ...env, ...options.appEnv },
      port: await freePort(),
      logFile: join(logDir, "app.log"),
      cwd: root,
      node: options.node,
    });
    servers.push(app);
    const seeded = await seedThroughApi(app.baseUrl, admin);
    log(`seeded through the API: 3 users, ${seeded.reader.email} owns 100 items`);
    const floor = await startServer({
      name: "floor",
      args: [...profiling, "--import", "tsx", "bench/floor/main.ts"],
      env,
      port: await freePort(),
      logFile: join(logDir, "floor.log"),
      cwd: root,
      node: options.node,
    });
    servers.push(floor);
    await checkSameAnswers({ app, floor }, seeded.reader);

    const rows: Row[] = [];
    const totalItems: Record<number, number> = {};
    const list = scenarios(seeded, options);
    for (const [index, extra] of options.extraRows.entries()) {
      totalItems[extra] = await growExtraItems(database.url, seeded.other.id, extra);
      log(`item table: +${extra} extra rows (${totalItems[extra]} in all)`);
      const now = index === 0 ? list : list.filter((scenario) => scenario.key === ITEMS_LIST);
      for (const scenario of now) {
        log(`${scenario.label} (+${extra} rows)`);
        rows.push(summarise(await interleave(scenario, { app, floor }, options, extra, log)));
      }
    }

    let spa: PageWeight[] | string = "skipped (--no-spa)";
    if (options.spa) {
      spa = await measureSpa(app.baseUrl, seeded.reader).catch((error: Error) => `not measured: ${error.message}`);
    }
    const context: RunContext = {
      startedAt,
      machine: `${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}`,
      loadBefore,
      loadAfter: load(),
      settings:
        `${options.rounds} interleaved rounds, ${options.connections} connections, warm-up ${options.warmupSeconds} s, ` +
        `window ${options.windowSeconds} s (login ${options.loginWindowSeconds} s), LOG_LEVEL=${options.logLevel}, ` +
        `app entry ${options.appEntry}${Object.keys(options.appEnv).length > 0 ? ` with ${JSON.stringify(options.appEnv)}` : ""}, ` +
        `servers on Node ${serverNodeVersion(options.node)}, load generator: ${LOAD_GENERATORS[options.driver]}.`,
      totalItems,
    };
    const report = renderReport(context, rows, spa, checkTargets(rows, typeof spa === "string" ? null : spa));
    log(`\n${report}`);
    const out = join(root, "bench/results");
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, "latest.md"), report);
    writeFileSync(join(out, "latest.json"), JSON.stringify({ context, rows, spa }, null, 2));
    log(`written: bench/results/latest.md, bench/results/latest.json`);
  } finally {
    for (const server of servers.reverse()) await server.stop();
    if (options.keepDatabase) log(`kept ${database.url}`);
    else await database.drop();
    if (options.cpuProf)
      log(`CPU profiles: ${join(logDir, "profiles")} (npx tsx bench/profile/summarise-profile.ts <file>)`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
