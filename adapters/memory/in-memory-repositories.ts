import type { TransactionalRepositories } from "../../core/shared/unit-of-work.js";
import { InMemoryAuditLog } from "./in-memory-audit-log.js";
import { InMemoryIdentityRepository } from "./in-memory-identity-repository.js";
import { InMemoryItemRepository } from "./in-memory-item-repository.js";
import { InMemoryJobQueue } from "./in-memory-job-queue.js";
import { InMemorySessionRepository } from "./in-memory-session-repository.js";
import { InMemoryStore } from "./in-memory-store.js";
import { InMemoryUnitOfWork } from "./in-memory-unit-of-work.js";
import { InMemoryUserRepository } from "./in-memory-user-repository.js";

const repositoriesOn = (store: InMemoryStore) => ({
  users: new InMemoryUserRepository(store),
  sessions: new InMemorySessionRepository(store),
  audit: new InMemoryAuditLog(store),
  jobs: new InMemoryJobQueue(store),
  items: new InMemoryItemRepository(store),
  identities: new InMemoryIdentityRepository(store),
  // resource-generator: repositories
});

/** User, item, session and audit repositories over one fresh store (removing a user removes what is theirs), and a unit of work on it. */
export function createInMemoryRepositories() {
  const store = new InMemoryStore();
  const unitOfWork = new InMemoryUnitOfWork(store, (staged): TransactionalRepositories => repositoriesOn(staged));
  return { ...repositoriesOn(store), unitOfWork, store };
}
