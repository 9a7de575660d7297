import type { Knex } from "knex";
import { EnsureFirstSuperuser } from "../../core/users/ensure-first-superuser.js";
import type { PasswordHasher } from "../../core/users/ports.js";
import type { Logger } from "../logger.js";
import { systemClock } from "../system-clock.js";
import { migrateToLatest } from "./migrations.js";
import { ObjectionUserRepository } from "./users/objection-user-repository.js";
import { type RetryBudget, waitForDatabase } from "./wait-for-database.js";

export interface PrestartOptions {
  readonly firstSuperuser: { readonly email: string; readonly password: string };
  readonly hasher: PasswordHasher;
  readonly logger: Logger;
  readonly retry?: RetryBudget;
}

/** Start-up: waits for the database, migrates it, seeds the first superuser. Idempotent. */
export async function prestart(knex: Knex, options: PrestartOptions): Promise<void> {
  const { firstSuperuser, hasher, logger } = options;
  await waitForDatabase(knex, logger, options.retry);
  await migrateToLatest(knex);
  const seeding = new EnsureFirstSuperuser(new ObjectionUserRepository(knex), hasher, systemClock);
  const created = await seeding.execute(firstSuperuser.email, firstSuperuser.password);
  logger.info(
    { email: firstSuperuser.email, created },
    created ? "First superuser created" : "First superuser already exists; left unchanged",
  );
}
