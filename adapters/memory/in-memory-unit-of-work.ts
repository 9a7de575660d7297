import type { TransactionalRepositories, UnitOfWork } from "../../core/shared/unit-of-work.js";
import type { InMemoryStore } from "./in-memory-store.js";

const TABLES = ["users", "sessions", "auditEvents", "jobs", "organizations", "memberships", "invitations"] as const;

type Table = Map<string, unknown>;
type Tables = Record<(typeof TABLES)[number], Table>;

const tablesOf = (store: InMemoryStore): Tables => store;

/**
 * A UnitOfWork over the in-memory store: units run one at a time, each on a private copy of the store. A unit that
 * resolves applies the rows it added, replaced or removed to the store (commit); one that rejects leaves nothing
 * (rollback). Writes made outside the unit meanwhile are kept, as another transaction's would be.
 */
export class InMemoryUnitOfWork implements UnitOfWork {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: InMemoryStore,
    private readonly repositoriesOn: (store: InMemoryStore) => TransactionalRepositories,
  ) {}

  run<T>(work: (repositories: TransactionalRepositories) => Promise<T>): Promise<T> {
    const unit = this.queue.then(() => this.atomically(work));
    this.queue = unit.catch(() => undefined);
    return unit;
  }

  private async atomically<T>(work: (repositories: TransactionalRepositories) => Promise<T>): Promise<T> {
    const staged = this.store.copy();
    const base = this.store.copy();
    const result = await work(this.repositoriesOn(staged));
    for (const name of TABLES) applyChanges(tablesOf(this.store)[name], tablesOf(base)[name], tablesOf(staged)[name]);
    for (const [name, rows] of staged.ownedTables()) {
      applyChanges(this.store.ownedTable(name), base.ownedTables().get(name) ?? new Map(), rows);
    }
    this.store.catchUpWith(staged);
    return result;
  }
}

/** Applies to `live` what `staged` changed since `base`: rows added or replaced, rows removed. */
function applyChanges(live: Table, base: Table, staged: Table): void {
  for (const key of base.keys()) if (!staged.has(key)) live.delete(key);
  for (const [key, row] of staged) if (base.get(key) !== row) live.set(key, row);
}
