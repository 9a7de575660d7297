import { parseArgs } from "node:util";
import type { LoadDriver } from "./load/run-load.js";

/** How long and how big one bench run is; every knob has a flag and a BENCH_* variable. */
export interface BenchOptions {
  readonly quick: boolean;
  readonly rounds: number;
  readonly connections: number;
  readonly warmupSeconds: number;
  readonly windowSeconds: number;
  /** Login answers a few times a second: it needs a longer window for a usable count. */
  readonly loginWindowSeconds: number;
  /** Extra items owned by others, grown in this order; items list is measured at each size. */
  readonly extraRows: readonly number[];
  readonly scenarios: readonly string[] | null;
  readonly build: boolean;
  readonly spa: boolean;
  readonly keepDatabase: boolean;
  readonly adminUrl: string;
  readonly logLevel: string;
  /** Run both servers under `node --cpu-prof`; profiles land next to the server logs. */
  readonly cpuProf: boolean;
  /** The app's entry script, relative to the repository (default dist/adapters/main.js); for what-if builds. */
  readonly appEntry: string;
  /** Extra variables for the app only (`K=V,K=V`), e.g. PASSWORD_HASH_CONCURRENCY=1 for a what-if run. */
  readonly appEnv: Record<string, string>;
  /** The load generator: wrk (C, far cheaper than the servers it drives) unless told otherwise. */
  readonly driver: LoadDriver;
  /** The Node binary both servers run on (e.g. Node 24, the images' runtime); default: the harness's. */
  readonly node: string;
}

const usage = `npm run bench -- [--quick] [--rounds 3] [--connections 32] [--warmup s] [--window s] [--login-window s]
  [--rows 0,100000,1000000] [--only health,login,me,items-list,item-create] [--no-build] [--no-spa] [--keep-db]
  [--admin-url postgres://postgres@127.0.0.1:5432/postgres] [--log-level info] [--cpu-prof] [--app-entry dist/adapters/main.js] [--app-env K=V,K=V] [--driver wrk|autocannon] [--node /path/to/node]`;

/** Parses argv (after `--`) and BENCH_* variables; --quick picks short windows and rows 0 and 100 k. */
export function benchOptions(argv: string[], env: NodeJS.ProcessEnv): BenchOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      quick: { type: "boolean", default: env.BENCH_QUICK === "1" },
      rounds: { type: "string", default: env.BENCH_ROUNDS },
      connections: { type: "string", default: env.BENCH_CONNECTIONS },
      warmup: { type: "string", default: env.BENCH_WARMUP },
      window: { type: "string", default: env.BENCH_WINDOW },
      "login-window": { type: "string", default: env.BENCH_LOGIN_WINDOW },
      rows: { type: "string", default: env.BENCH_ROWS },
      only: { type: "string", default: env.BENCH_ONLY },
      "no-build": { type: "boolean", default: env.BENCH_NO_BUILD === "1" },
      "no-spa": { type: "boolean", default: env.BENCH_NO_SPA === "1" },
      "keep-db": { type: "boolean", default: false },
      "admin-url": { type: "string", default: env.BENCH_ADMIN_URL },
      "log-level": { type: "string", default: env.BENCH_LOG_LEVEL },
      "cpu-prof": { type: "boolean", default: false },
      "app-entry": { type: "string", default: env.BENCH_APP_ENTRY },
      "app-env": { type: "string", default: env.BENCH_APP_ENV },
      driver: { type: "string", default: env.BENCH_DRIVER },
      node: { type: "string", default: env.BENCH_NODE },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    process.exit(0);
  }
  const quick = values.quick ?? false;
  const driver = values.driver ?? "wrk";
  if (driver !== "wrk" && driver !== "autocannon") throw new Error(`--driver: wrk or autocannon, not ${driver}`);
  const num = (raw: string | undefined, fallback: number) => (raw === undefined ? fallback : Number(raw));
  return {
    quick,
    rounds: num(values.rounds, 3),
    connections: num(values.connections, 32),
    warmupSeconds: num(values.warmup, quick ? 1 : 3),
    windowSeconds: num(values.window, quick ? 3 : 10),
    loginWindowSeconds: num(values["login-window"], quick ? 6 : 20),
    extraRows: (values.rows ?? (quick ? "0,100000" : "0,100000,1000000")).split(",").map(Number),
    scenarios: values.only ? values.only.split(",") : null,
    build: !values["no-build"],
    spa: !values["no-spa"],
    keepDatabase: values["keep-db"] ?? false,
    adminUrl: values["admin-url"] ?? "postgres://postgres@127.0.0.1:5432/postgres",
    logLevel: values["log-level"] ?? "info",
    cpuProf: values["cpu-prof"] ?? false,
    appEntry: values["app-entry"] ?? "dist/adapters/main.js",
    appEnv: Object.fromEntries(
      (values["app-env"] ?? "")
        .split(",")
        .filter((pair) => pair.includes("="))
        .map((pair) => [pair.slice(0, pair.indexOf("=")).trim(), pair.slice(pair.indexOf("=") + 1).trim()]),
    ),
    driver,
    node: values.node ?? process.execPath,
  };
}
