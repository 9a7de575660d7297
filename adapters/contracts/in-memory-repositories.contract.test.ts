import { InMemoryItemRepository } from "../memory/in-memory-item-repository.js";
import { InMemoryStore } from "../memory/in-memory-store.js";
import { InMemoryUserRepository } from "../memory/in-memory-user-repository.js";
import { itemListContract } from "./item-list-contract.js";
import { itemRepositoryContract } from "./item-repository-contract.js";
import type { RepositoryFixture } from "./repository-fixture.js";
import { userListContract } from "./user-list-contract.js";
import { userRepositoryContract } from "./user-repository-contract.js";

const fresh = async (): Promise<RepositoryFixture> => {
  const store = new InMemoryStore();
  return {
    users: new InMemoryUserRepository(store),
    items: new InMemoryItemRepository(store),
    restamp: async (table, id, createdAt) => {
      const rows: Map<string, { createdAt: Date | null }> = table === "user" ? store.users : store.items;
      const row = rows.get(id);
      if (row) rows.set(id, { ...row, createdAt });
    },
  };
};

userRepositoryContract("in memory", fresh);
itemRepositoryContract("in memory", fresh);
userListContract("in memory", fresh);
itemListContract("in memory", fresh);
