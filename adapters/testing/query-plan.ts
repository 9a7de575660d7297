import type { Knex } from "knex";

/** The plan of the list statement `run` sends, with sequential scans and sorts priced out of reach. */
export async function planOf(knex: Knex, run: () => Promise<unknown>): Promise<string> {
  const statements: { sql: string; bindings: readonly unknown[] }[] = [];
  const record = (query: { sql: string; bindings?: readonly unknown[] }) =>
    statements.push({ sql: query.sql, bindings: query.bindings ?? [] });
  knex.on("query", record);
  try {
    await run();
  } finally {
    knex.off("query", record);
  }
  const listing = statements.find((statement) => statement.sql.includes("__sort_key"));
  if (!listing) throw new Error("no list statement was sent");
  return knex.transaction(async (trx) => {
    await trx.raw("set local enable_seqscan = off");
    await trx.raw("set local enable_sort = off");
    // The driver's text numbers its placeholders ($1); knex.raw takes them as `?`.
    const sql = listing.sql.replace(/\$\d+/g, "?");
    const result = await trx.raw(`explain (costs off) ${sql}`, listing.bindings as Knex.RawBinding[]);
    return (result.rows as { "QUERY PLAN": string }[]).map((row) => row["QUERY PLAN"]).join("\n");
  });
}
