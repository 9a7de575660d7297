import type { TransactionalRepositories, UnitOfWork } from "../../core/shared/unit-of-work.js";
import type { InMemoryStore, OwnedRow } from "./in-memory-store.js";

type Tables = Pick<InMemoryStore, "users" | "items" | "sessions">;
type Snapshot = { [K in keyof Tables]: Tables[K] } & { owned: Map<string, Map<string, OwnedRow>> };

function refill<V>(live: Map<string, V>, rows: ReadonlyMap<string, V>): void {
  live.clear();
  for (const [key, row] of rows) live.set(key, row);
}

/**
 * A UnitOfWork over the in-memory store: units run one at a time, and a unit that rejects leaves every table as it
 * found it (all or nothing), as a rolled-back transaction does. A fake's shortcut: a write made outside any unit
 * while a failing unit runs is undone with it; use-case tests do not interleave such writes.
 */
export class InMemoryUnitOfWork implements UnitOfWork {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: InMemoryStore,
    private readonly repositories: TransactionalRepositories,
  ) {}

  run<T>(work: (repositories: TransactionalRepositories) => Promise<T>): Promise<T> {
    const unit = this.queue.then(() => this.atomically(work));
    this.queue = unit.catch(() => undefined);
    return unit;
  }

  private async atomically<T>(work: (repositories: TransactionalRepositories) => Promise<T>): Promise<T> {
    const snapshot = this.snapshot();
    try {
      return await work(this.repositories);
    } catch (error) {
      this.restore(snapshot);
      throw error;
    }
  }

  private snapshot(): Snapshot {
    const { users, items, sessions } = this.store;
    const owned = new Map([...this.store.ownedTables()].map(([name, rows]) => [name, new Map(rows)]));
    return { users: new Map(users), items: new Map(items), sessions: new Map(sessions), owned };
  }

  private restore(snapshot: Snapshot): void {
    for (const table of ["users", "items", "sessions"] as const) {
      refill(this.store[table] as Map<string, unknown>, snapshot[table]);
    }
    for (const [name, rows] of snapshot.owned) refill(this.store.ownedTable(name), rows);
  }
}
