import { InMemoryItemRepository } from "./in-memory-item-repository.js";
import { InMemoryStore } from "./in-memory-store.js";
import { InMemoryUserRepository } from "./in-memory-user-repository.js";

/** A user and an item repository over one fresh store, so removing a user removes their items. */
export function createInMemoryRepositories(): { users: InMemoryUserRepository; items: InMemoryItemRepository } {
  const store = new InMemoryStore();
  return { users: new InMemoryUserRepository(store), items: new InMemoryItemRepository(store) };
}
