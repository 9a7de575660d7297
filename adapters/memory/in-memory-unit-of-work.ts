import type { TransactionalRepositories, UnitOfWork } from "../../core/shared/unit-of-work.js";
import type { InMemoryStore } from "./in-memory-store.js";

type Tables = Pick<InMemoryStore, "users" | "items" | "sessions" | "auditEvents">;

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

  private snapshot(): { [K in keyof Tables]: Tables[K] } {
    const { users, items, sessions, auditEvents } = this.store;
    return {
      users: new Map(users),
      items: new Map(items),
      sessions: new Map(sessions),
      auditEvents: new Map(auditEvents),
    };
  }

  private restore(snapshot: Tables): void {
    for (const table of ["users", "items", "sessions", "auditEvents"] as const) {
      const live = this.store[table] as Map<string, unknown>;
      live.clear();
      for (const [key, row] of snapshot[table]) live.set(key, row);
    }
  }
}
