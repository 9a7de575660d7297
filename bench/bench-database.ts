import pg from "pg";

/** A database of its own for one bench run, on the given PostgreSQL server. */
export interface BenchDatabase {
  readonly url: string;
  drop(): Promise<void>;
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates an empty, uniquely named database; the app's own migrations build the schema when it starts. */
export async function createBenchDatabase(adminUrl: string): Promise<BenchDatabase> {
  const name = `aygentic_bench_${Date.now()}_${process.pid}`;
  await withClient(adminUrl, (client) => client.query(`create database "${name}"`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await withClient(adminUrl, (client) => client.query(`drop database if exists "${name}" with (force)`));
    },
  };
}

/** A three-letter word in 1 % of the extra rows' titles and nowhere else: what the search scenario looks for. */
export const SEARCH_WORD = "zqx";

/**
 * Grows the item table to `extra` rows owned by `ownerId` with one INSERT … SELECT generate_series (through the API
 * a million rows would take hours), then ANALYZE so the planner sees the new size.
 */
export async function growExtraItems(url: string, ownerId: string, extra: number): Promise<number> {
  return withClient(url, async (client) => {
    const { rows } = await client.query('select count(*)::int as n from "item" where "owner_id" = $1', [ownerId]);
    const missing = extra - (rows[0]?.n ?? 0);
    if (missing > 0) {
      await client.query(
        `insert into "item" ("id", "title", "description", "owner_id", "created_at")
         select gen_random_uuid(), 'extra item ' || g || case when g % 100 = 0 then ' ${SEARCH_WORD}' else '' end,
           'grown by the bench', $1, now() - g * interval '1 second'
         from generate_series(1, $2::int) as g`,
        [ownerId, missing],
      );
    }
    await client.query('analyze "item"');
    const total = await client.query('select count(*)::int as n from "item"');
    return total.rows[0]?.n ?? 0;
  });
}
