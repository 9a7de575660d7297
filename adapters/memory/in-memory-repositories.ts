import type { TransactionalRepositories } from "../../core/shared/unit-of-work.js";
import { InMemoryAuditLog } from "./in-memory-audit-log.js";
import { InMemoryEmailVerificationRepository } from "./in-memory-email-verification-repository.js";
import { InMemoryIdentityRepository } from "./in-memory-identity-repository.js";
import { InMemoryInvitationRepository } from "./in-memory-invitation-repository.js";
import { InMemoryItemRepository } from "./in-memory-item-repository.js";
import { InMemoryJobQueue } from "./in-memory-job-queue.js";
import { InMemoryMfaChallengeRepository } from "./in-memory-mfa-challenge-repository.js";
import { InMemoryOrganizationRepository } from "./in-memory-organization-repository.js";
import { InMemoryPasskeyChallengeRepository } from "./in-memory-passkey-challenge-repository.js";
import { InMemoryPasskeyRepository } from "./in-memory-passkey-repository.js";
import { InMemorySessionRepository } from "./in-memory-session-repository.js";
import { InMemoryStore } from "./in-memory-store.js";
import { InMemoryTwoFactorRepository } from "./in-memory-two-factor-repository.js";
import { InMemoryUnitOfWork } from "./in-memory-unit-of-work.js";
import { InMemoryUserRepository } from "./in-memory-user-repository.js";

const repositoriesOn = (store: InMemoryStore, passkeyChallenges: InMemoryPasskeyChallengeRepository) => ({
  users: new InMemoryUserRepository(store),
  sessions: new InMemorySessionRepository(store),
  audit: new InMemoryAuditLog(store),
  jobs: new InMemoryJobQueue(store),
  items: new InMemoryItemRepository(store),
  twoFactor: new InMemoryTwoFactorRepository(store),
  mfaChallenges: new InMemoryMfaChallengeRepository(store),
  organizations: new InMemoryOrganizationRepository(store),
  invitations: new InMemoryInvitationRepository(store),
  passkeys: new InMemoryPasskeyRepository(store),
  passkeyChallenges,
  emailVerifications: new InMemoryEmailVerificationRepository(store),
  identities: new InMemoryIdentityRepository(store),
  // resource-generator: repositories
});

/** User, item, session and audit repositories over one fresh store (removing a user removes what is theirs), and a unit of work on it. */
export function createInMemoryRepositories() {
  const store = new InMemoryStore();
  // Passkey challenges are kept outside the store: each is taken once, and a rolled-back unit does not restore it.
  const challenges = new InMemoryPasskeyChallengeRepository();
  const unitOfWork = new InMemoryUnitOfWork(
    store,
    (staged): TransactionalRepositories => repositoriesOn(staged, challenges),
  );
  return { ...repositoriesOn(store, challenges), unitOfWork, store };
}
