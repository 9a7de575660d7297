import type { Knex } from "knex";

/** What pg-boss runs its SQL through: `text` with `$1`-style `values`, answering with the rows. */
export interface SqlExecutor {
  executeSql(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

interface RawConnection {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
  /** PGlite's: runs several statements (pg-boss's locked maintenance) where `query` takes one. */
  exec?(text: string): Promise<{ rows: unknown[] }[]>;
}

interface ConnectionLender {
  acquireConnection(): Promise<RawConnection>;
  releaseConnection(connection: RawConnection): Promise<unknown>;
}

/**
 * Runs pg-boss's SQL on a connection of the app's own Knex: the same pool on PostgreSQL, the one connection of the
 * embedded PGlite (which cannot take a second). Given a transaction, it runs in that transaction, so a job sent
 * through it commits or rolls back with the change around it.
 */
export function sqlExecutorOn(db: Knex | Knex.Transaction): SqlExecutor {
  const lender = db.client as unknown as ConnectionLender;
  const inTransaction = "isTransaction" in db && db.isTransaction === true;
  return {
    async executeSql(text, values) {
      const connection = await lender.acquireConnection();
      try {
        if ((values === undefined || values.length === 0) && connection.exec) {
          const results = await connection.exec(text);
          return results.at(-1) ?? { rows: [] };
        }
        return await connection.query(text, values);
      } catch (error) {
        // A failed multi-statement script can leave its own BEGIN open; the connection goes back to the pool clean.
        if (!inTransaction && !values?.length) await connection.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        await lender.releaseConnection(connection);
      }
    },
  };
}
