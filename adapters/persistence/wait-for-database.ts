import { setTimeout as sleep } from "node:timers/promises";
import type { Knex } from "knex";
import type { Logger } from "../logger.js";
import { describeDatabase } from "./knex.js";

/** How long prestart waits for the database: `attempts` tries of `select 1`, `delayMs` apart. */
export interface RetryBudget {
  readonly attempts: number;
  readonly delayMs: number;
}

export const DEFAULT_RETRY: RetryBudget = { attempts: 30, delayMs: 1_000 };

/** Resolves once the database answers; after the last failed attempt, throws an error naming the database. */
export async function waitForDatabase(knex: Knex, logger: Logger, retry: RetryBudget = DEFAULT_RETRY): Promise<void> {
  const database = describeDatabase(knex);
  let lastError: unknown;
  for (let attempt = 1; attempt <= retry.attempts; attempt += 1) {
    try {
      await knex.raw("select 1");
      return;
    } catch (error) {
      lastError = error;
      const reason = error instanceof Error ? error.message : String(error);
      logger.warn(
        { attempt, attempts: retry.attempts, reason },
        `Database ${database} is not reachable (attempt ${attempt} of ${retry.attempts}): ${reason}`,
      );
      if (attempt < retry.attempts) await sleep(retry.delayMs);
    }
  }
  throw new Error(`Database ${database} is not reachable after ${retry.attempts} attempts; is it running?`, {
    cause: lastError,
  });
}
