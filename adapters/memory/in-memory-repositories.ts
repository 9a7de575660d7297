import { InMemoryAuditLog } from "./in-memory-audit-log.js";
import { InMemoryItemRepository } from "./in-memory-item-repository.js";
import { InMemorySessionRepository } from "./in-memory-session-repository.js";
import { InMemoryStore } from "./in-memory-store.js";
import { InMemoryUnitOfWork } from "./in-memory-unit-of-work.js";
import { InMemoryUserRepository } from "./in-memory-user-repository.js";

/** User, item, session and audit repositories over one fresh store (removing a user removes what is theirs), and a unit of work on it. */
export function createInMemoryRepositories() {
  const store = new InMemoryStore();
  const repositories = {
    users: new InMemoryUserRepository(store),
    items: new InMemoryItemRepository(store),
    sessions: new InMemorySessionRepository(store),
    audit: new InMemoryAuditLog(store),
  };
  return { ...repositories, unitOfWork: new InMemoryUnitOfWork(store, repositories), store };
}
