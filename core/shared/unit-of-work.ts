import type { AuditRecorder } from "../audit/ports.js";
import type { SessionRepository } from "../auth/session-ports.js";
import type { IdentityRepository } from "../identities/ports.js";
import type { ItemRepository } from "../items/ports.js";
import type { JobQueue } from "../jobs/ports.js";
import type { InvitationRepository, OrganizationRepository } from "../organizations/ports.js";
import type { PasskeyChallengeRepository, PasskeyRepository } from "../passkeys/ports.js";
import type { MfaChallengeRepository, TwoFactorRepository } from "../two-factor/ports.js";
import type { EmailVerificationRepository } from "../users/email-verification-ports.js";
import type { UserRepository } from "../users/ports.js";

/** Repositories bound to one transaction: what they write is kept together or not at all. */
export interface TransactionalRepositories {
  readonly users: UserRepository;
  readonly sessions: SessionRepository;
  /** Records the events of the changes made in the unit, in its transaction. */
  readonly audit: AuditRecorder;
  /** Enqueues jobs (e-mails) that exist only if the unit commits. */
  readonly jobs: JobQueue;
  readonly items: ItemRepository;
  readonly twoFactor: TwoFactorRepository;
  readonly mfaChallenges: MfaChallengeRepository;
  readonly organizations: OrganizationRepository;
  readonly invitations: InvitationRepository;
  readonly passkeys: PasskeyRepository;
  readonly passkeyChallenges: PasskeyChallengeRepository;
  readonly emailVerifications: EmailVerificationRepository;
  readonly identities: IdentityRepository;
  // resource-generator: transactional repositories
}

/**
 * Runs `work` in one transaction: it commits when `work` resolves and rolls back when it rejects (the rejection
 * is passed on). Repositories never open transactions themselves; a use case that must change several things
 * atomically asks for this port.
 */
export interface UnitOfWork {
  run<T>(work: (repositories: TransactionalRepositories) => Promise<T>): Promise<T>;
}
