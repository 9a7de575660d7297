import { afterAll, beforeAll, describe } from "vitest";
import { ObjectionAuditLog } from "../persistence/audit/objection-audit-log.js";
import { ObjectionIdentityRepository } from "../persistence/identities/objection-identity-repository.js";
import { ObjectionItemRepository } from "../persistence/items/objection-item-repository.js";
import { KnexUnitOfWork } from "../persistence/knex-unit-of-work.js";
import { ObjectionSessionRepository } from "../persistence/objection-session-repository.js";
import { ObjectionInvitationRepository } from "../persistence/organizations/objection-invitation-repository.js";
import { ObjectionOrganizationRepository } from "../persistence/organizations/objection-organization-repository.js";
import { ObjectionMfaChallengeRepository } from "../persistence/two-factor/objection-mfa-challenge-repository.js";
import { ObjectionTwoFactorRepository } from "../persistence/two-factor/objection-two-factor-repository.js";
import { ObjectionEmailVerificationRepository } from "../persistence/users/objection-email-verification-repository.js";
import { ObjectionUserRepository } from "../persistence/users/objection-user-repository.js";
import { openTestDatabase, type TestDatabase, testDatabaseKinds } from "../testing/test-database.js";
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

const names = { pglite: "Objection on PGlite", postgres: "Objection on PostgreSQL" } as const;

for (const kind of testDatabaseKinds()) {
  describe(names[kind], () => {
    let database: TestDatabase;

    beforeAll(async () => {
      database = await openTestDatabase(kind);
    });

    afterAll(async () => {
      await database?.close();
    });

    const fresh = async (): Promise<RepositoryFixture> => {
      const { knex } = database;
      await knex.raw(
        'truncate table "session", "item", "user_identity", "user", "audit_event", "organization", "membership", "invitation" cascade',
      );
      return {
        users: new ObjectionUserRepository(knex),
        items: new ObjectionItemRepository(knex),
        sessions: new ObjectionSessionRepository(knex),
        organizations: new ObjectionOrganizationRepository(knex),
        invitations: new ObjectionInvitationRepository(knex),
        emailVerifications: new ObjectionEmailVerificationRepository(knex),
        identities: new ObjectionIdentityRepository(knex),
        unitOfWork: new KnexUnitOfWork(knex),
        // A small batch, so the contract's export crosses several of them.
        audit: new ObjectionAuditLog(knex, { exportBatch: 7 }),
        twoFactor: new ObjectionTwoFactorRepository(knex),
        mfaChallenges: new ObjectionMfaChallengeRepository(knex),
        storedRows: (table) => knex(table).select("*"),
        restamp: async (table, id, createdAt) => {
          await knex(table).update({ created_at: createdAt }).where({ id });
        },
      };
    };

    userRepositoryContract(names[kind], fresh);
    itemRepositoryContract(names[kind], fresh);
    sessionRepositoryContract(names[kind], fresh);
    unitOfWorkContract(names[kind], fresh);
    userListContract(names[kind], fresh);
    itemListContract(names[kind], fresh);
    auditLogContract(names[kind], fresh);
    twoFactorRepositoryContract(names[kind], fresh);
    organizationRepositoryContract(names[kind], fresh);
    organizationRaceContract(names[kind], fresh);
    emailVerificationContract(names[kind], fresh);
    identityRepositoryContract(names[kind], fresh);
  });
}
