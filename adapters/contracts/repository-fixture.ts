import { setTimeout as sleep } from "node:timers/promises";
import type { SessionRepository } from "../../core/auth/session-ports.js";
import type { ItemRepository } from "../../core/items/ports.js";
import type { UnitOfWork } from "../../core/shared/unit-of-work.js";
import type { UserRepository } from "../../core/users/ports.js";

/** Empty repositories over one store, so a user's removal reaches their items and sessions, and a unit of work on it. */
export interface RepositoryFixture {
  readonly users: UserRepository;
  readonly items: ItemRepository;
  readonly sessions: SessionRepository;
  readonly unitOfWork: UnitOfWork;
}

/** Gives empty repositories for each test of a contract suite. */
export type FreshRepositories = () => Promise<RepositoryFixture>;

export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const MISSING_ID = "00000000-0000-4000-8000-000000000000";

/**
 * Runs `add` for each input one after another, a few milliseconds apart: PGlite's clock has millisecond
 * resolution, so rows written in the same millisecond would tie on created_at and "newest first" would not say
 * which comes first.
 */
export async function addInOrder<I, T>(inputs: readonly I[], add: (input: I) => Promise<T>): Promise<T[]> {
  const added: T[] = [];
  for (const input of inputs) {
    if (added.length > 0) await sleep(3);
    added.push(await add(input));
  }
  return added;
}
