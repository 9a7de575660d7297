import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import pg from "pg";
import { readableSortKey } from "../adapters/persistence/readable-order.js";
import { type BenchDatabase, createBenchDatabase, growExtraItems, SEARCH_WORD } from "./bench-database.js";
import { type BenchOptions, benchOptions } from "./bench-options.js";
import { runLoad } from "./load/run-load.js";
import { logIn, seedThroughApi } from "./seed-through-api.js";
import { benchAdmin, benchEnvironment } from "./server/bench-environment.js";
import { freePort } from "./server/free-port.js";
import { startServer } from "./server/server-process.js";
import { median } from "./stats.js";

const root = resolve(fileURLToPath(new URL("..", import.meta.url)));
const log = (line: string) => process.stdout.write(`${line}\n`);
const LIST = "/api/v1/items/?skip=0&limit=100";
const SEARCH = `/api/v1/items/?q=${SEARCH_WORD}&skip=0&limit=100`;

/** The app's search statement (knex output) with the plan PostgreSQL picks for it at the current size. */
async function explainSearch(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const pattern = `%${SEARCH_WORD}%`;
    const { rows } = await client.query(
      `explain (analyze, costs off, timing off) select "item".* from "item"
       where ("title" ilike $1 or "description" ilike $1) order by "created_at" desc, "id" desc offset 0 limit 100`,
      [pattern],
    );
    return rows.map((row: Record<string, string>) => row["QUERY PLAN"]).join("\n");
  } finally {
    await client.end();
  }
}

/** The plan of a superuser's items list sorted by title as people read it (its first page of 100). */
async function explainSortedByTitle(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      `explain (analyze, costs off, timing off) select "item".* from "item"
       order by ${readableSortKey("title")} asc, "id" asc offset 0 limit 100`,
    );
    return rows.map((row: Record<string, string>) => row["QUERY PLAN"]).join("\n");
  } finally {
    await client.end();
  }
}

/**
 * The search scenario of issue 16: a superuser's items list with a 3-letter `q` matching 1 % of the rows,
 * against the same list unfiltered, at each table size (same flags as `npm run bench`; app and list interleaved).
 */
async function measure(options: BenchOptions, database: BenchDatabase): Promise<string> {
  const logDir = join(tmpdir(), `aygentic-bench-search-${Date.now()}`);
  mkdirSync(logDir, { recursive: true });
  const admin = benchAdmin();
  const built = existsSync(join(root, options.appEntry));
  const app = await startServer({
    name: "app",
    args: built ? [options.appEntry] : ["--import", "tsx", "adapters/main.ts"],
    env: benchEnvironment(database.url, admin, options.logLevel),
    port: await freePort(),
    logFile: join(logDir, "app.log"),
    cwd: root,
  });
  const lines = [
    `Search bench, ${new Date().toISOString()}, app ${built ? options.appEntry : "adapters/main.ts under tsx"}, ` +
      `${options.rounds} interleaved rounds, ${options.connections} connections, window ${options.windowSeconds} s, ` +
      `load ${loadavg()[0]?.toFixed(1)} at start`,
    "",
    "| extra rows | matches | list req/s | search req/s | list p50 ms | search p50 ms | search p99 ms | search / list time |",
    "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  try {
    const seeded = await seedThroughApi(app.baseUrl, admin);
    const headers = { authorization: `Bearer ${await logIn(app.baseUrl, admin.email, admin.password)}` };
    let plan = "";
    let sortedPlan = "";
    for (const extra of options.extraRows) {
      await growExtraItems(database.url, seeded.other.id, extra);
      const matches = ((await (await fetch(`${app.baseUrl}${SEARCH}`, { headers })).json()) as { count: number }).count;
      const runs: Record<"list" | "search", { reqPerSec: number; p50: number; p99: number }[]> = {
        list: [],
        search: [],
      };
      for (let round = 0; round < options.rounds; round += 1) {
        for (const [key, path] of [
          ["list", LIST],
          ["search", SEARCH],
        ] as const) {
          const result = await runLoad(
            {
              url: `${app.baseUrl}${path}`,
              method: "GET",
              headers,
              connections: options.connections,
              warmupSeconds: options.warmupSeconds,
              windowSeconds: options.windowSeconds,
              timeoutSeconds: 30,
            },
            options.driver,
          );
          if (result.non2xx > 0 || result.errors > 0) throw new Error(`${key}: ${JSON.stringify(result.statusCodes)}`);
          runs[key].push(result);
        }
      }
      const m = (key: "list" | "search", field: "reqPerSec" | "p50" | "p99") => median(runs[key].map((r) => r[field]));
      const ratio = m("list", "reqPerSec") / m("search", "reqPerSec");
      const row = [extra, matches, m("list", "reqPerSec"), m("search", "reqPerSec"), m("list", "p50")]
        .concat([m("search", "p50"), m("search", "p99")])
        .map((value) => Math.round(value));
      lines.push(`| ${row.join(" | ")} | ${ratio.toFixed(2)}× |`);
      log(lines.at(-1) ?? "");
      plan = await explainSearch(database.url);
      sortedPlan = await explainSortedByTitle(database.url);
    }
    lines.push(
      "",
      `Plan of the search at the largest size (EXPLAIN ANALYZE, costs and timing off):`,
      "",
      "```",
      plan,
      "```",
      "",
      "Plan of the list sorted by title (case and accents aside) at the largest size:",
      "",
      "```",
      sortedPlan,
      "```",
    );
  } finally {
    await app.stop();
  }
  return lines.join("\n");
}

async function main(): Promise<void> {
  const options = benchOptions(process.argv.slice(2), process.env);
  const database = await createBenchDatabase(options.adminUrl);
  let report: string;
  try {
    report = await measure(options, database);
  } finally {
    if (!options.keepDatabase) await database.drop();
  }
  log(`\n${report}`);
  mkdirSync(join(root, "bench/results"), { recursive: true });
  writeFileSync(join(root, "bench/results/search.md"), `${report}\n`);
}

await main();
