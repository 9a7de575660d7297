import { createInMemoryRepositories } from "../memory/in-memory-repositories.js";
import { auditLogContract } from "./audit-log-contract.js";
import { emailVerificationContract } from "./email-verification-contract.js";
import { identityRepositoryContract } from "./identity-repository-contract.js";
import { itemListContract } from "./item-list-contract.js";
import { itemRepositoryContract } from "./item-repository-contract.js";
import { organizationRaceContract } from "./organization-race-contract.js";
import { organizationRepositoryContract } from "./organization-repository-contract.js";
import type { RepositoryFixture } from "./repository-fixture.js";
import { sessionRepositoryContract } from "./session-repository-contract.js";
import { twoFactorRepositoryContract } from "./two-factor-repository-contract.js";
import { unitOfWorkContract } from "./unit-of-work-contract.js";
import { userListContract } from "./user-list-contract.js";
import { userRepositoryContract } from "./user-repository-contract.js";

const fresh = async (): Promise<RepositoryFixture> => {
  const { store, ...repositories } = createInMemoryRepositories();
  return {
    ...repositories,
    storedRows: async (table) => [...store.ownedTable(table).values()],
    restamp: async (table, id, createdAt) => {
      const rows: Map<string, { createdAt: Date | null }> = table === "user" ? store.users : store.ownedTable("item");
      const row = rows.get(id);
      if (row) rows.set(id, { ...row, createdAt });
    },
  };
};

userRepositoryContract("in memory", fresh);
itemRepositoryContract("in memory", fresh);
sessionRepositoryContract("in memory", fresh);
unitOfWorkContract("in memory", fresh);
userListContract("in memory", fresh);
itemListContract("in memory", fresh);
auditLogContract("in memory", fresh);
twoFactorRepositoryContract("in memory", fresh);
organizationRepositoryContract("in memory", fresh);
organizationRaceContract("in memory", fresh);
emailVerificationContract("in memory", fresh);
identityRepositoryContract("in memory", fresh);
