import type { Knex } from "knex";
import { migrationsCurrent } from "./migrations.js";

/** Readiness: true when the database answers within `timeoutMs` and every migration is applied. */
export async function checkDatabase(knex: Knex, timeoutMs = 2_000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  const answer = migrationsCurrent(knex).catch(() => false);
  try {
    return await Promise.race([answer, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
