import type { Knex } from "knex";
import type { JobQueue } from "../../core/jobs/ports.js";
import type { TransactionalRepositories, UnitOfWork } from "../../core/shared/unit-of-work.js";
import { ObjectionAuditLog } from "./audit/objection-audit-log.js";
import { ObjectionIdentityRepository } from "./identities/objection-identity-repository.js";
import { ObjectionItemRepository } from "./items/objection-item-repository.js";
import { ObjectionSessionRepository } from "./objection-session-repository.js";
import { ObjectionInvitationRepository } from "./organizations/objection-invitation-repository.js";
import { ObjectionOrganizationRepository } from "./organizations/objection-organization-repository.js";
import { ObjectionPasskeyChallengeRepository } from "./passkeys/objection-passkey-challenge-repository.js";
import { ObjectionPasskeyRepository } from "./passkeys/objection-passkey-repository.js";
import { ObjectionMfaChallengeRepository } from "./two-factor/objection-mfa-challenge-repository.js";
import { ObjectionTwoFactorRepository } from "./two-factor/objection-two-factor-repository.js";
import { ObjectionEmailVerificationRepository } from "./users/objection-email-verification-repository.js";
import { ObjectionUserRepository } from "./users/objection-user-repository.js";

/** The job queue as a unit of work sees it: enqueuing through a transaction, and told what was committed. */
export interface TransactionalJobs {
  queueIn(transaction: Knex.Transaction): JobQueue;
  /** A job of `queue` was just committed: a worker of this process may take it now. */
  wake(queue: string): void;
}

/** For units of work with no job queue (repository tests): enqueuing is refused. */
const noJobs: TransactionalJobs = {
  queueIn: () => ({
    enqueue: (queue) => Promise.reject(new Error(`no job queue to enqueue "${queue}" on`)),
  }),
  wake: () => undefined,
};

/** One knex transaction per unit: the repositories and the job queue it hands out all write through it. */
export class KnexUnitOfWork implements UnitOfWork {
  constructor(
    private readonly knex: Knex,
    private readonly jobs: TransactionalJobs = noJobs,
  ) {}

  async run<T>(work: (repositories: TransactionalRepositories) => Promise<T>): Promise<T> {
    const enqueued = new Set<string>();
    const result = await this.knex.transaction((transaction) => {
      const queue = this.jobs.queueIn(transaction);
      return work({
        users: new ObjectionUserRepository(transaction),
        sessions: new ObjectionSessionRepository(transaction),
        audit: new ObjectionAuditLog(transaction),
        jobs: {
          enqueue: (name, payload) => {
            enqueued.add(name);
            return queue.enqueue(name, payload);
          },
        },
        items: new ObjectionItemRepository(transaction),
        twoFactor: new ObjectionTwoFactorRepository(transaction),
        mfaChallenges: new ObjectionMfaChallengeRepository(transaction),
        organizations: new ObjectionOrganizationRepository(transaction),
        invitations: new ObjectionInvitationRepository(transaction),
        passkeys: new ObjectionPasskeyRepository(transaction),
        passkeyChallenges: new ObjectionPasskeyChallengeRepository(transaction),
        emailVerifications: new ObjectionEmailVerificationRepository(transaction),
        identities: new ObjectionIdentityRepository(transaction),
        // resource-generator: transactional repositories
      });
    });
    for (const name of enqueued) this.jobs.wake(name);
    return result;
  }
}
