import type { AuditTrail } from "../../core/audit/audit-trail.js";
import { DEFAULT_SESSION_POLICY } from "../../core/auth/session.js";
import { SessionIssuer } from "../../core/auth/session-issuer.js";
import { EMAIL_QUEUE, type OutgoingEmail } from "../../core/mail/outgoing-email.js";
import type { Actor } from "../../core/shared/actor.js";
import type { TransactionalRepositories } from "../../core/shared/unit-of-work.js";
import { StartEmailVerification } from "../../core/users/start-email-verification.js";
import type { User } from "../../core/users/user.js";
import { AesGcmSecretBox } from "../security/aes-gcm-secret-box.js";
import { JwtTokenService } from "../security/jwt-token-service.js";
import { NodeCryptoSecretGenerator } from "../security/node-crypto-secret-generator.js";
import { OtpauthTotp } from "../security/otpauth-totp.js";
import { HmacRefreshTokenSeal } from "../security/refresh-token-seal.js";
import { FastPasswordHasher } from "./fast-password-hasher.js";
import { createInMemoryRepositories } from "./in-memory-repositories.js";
import { ManualClock } from "./manual-clock.js";
import { RecordingMailer, type RecordingMailerOptions } from "./recording-mailer.js";

export interface SeedUserOptions {
  readonly email?: string;
  readonly password?: string;
  readonly fullName?: string | null;
  readonly isActive?: boolean;
  readonly isSuperuser?: boolean;
  readonly emailVerified?: boolean;
}

/** A stored user, the actor it would be once authenticated, and its password in clear. */
export interface SeededUser {
  readonly user: User;
  readonly actor: Actor;
  readonly password: string;
}

/**
 * Everything a use-case test wires a use case from: in-memory repositories and unit of work, fast hasher, real
 * JWTs and session secrets, recording mailer, and one manual clock that the tokens and the sessions share. Units of
 * work enqueue e-mails on an in-memory job queue; `queuedEmails` reads them back.
 */
export function createTestWorld(options: { mailer?: RecordingMailerOptions } = {}) {
  const repositories = createInMemoryRepositories();
  const { users, items, sessions, audit, unitOfWork, store, twoFactor, mfaChallenges } = repositories;
  const { organizations, invitations, identities } = repositories;
  const hasher = new FastPasswordHasher();
  const clock = new ManualClock(new Date());
  const tokens = new JwtTokenService({
    secretKey: "use-case-test-secret",
    accessTokenExpireMinutes: 60,
    resetTokenExpireHours: 48,
    now: () => clock.now().getTime(),
  });
  const secrets = new NodeCryptoSecretGenerator();
  const policy = DEFAULT_SESSION_POLICY;
  const seal = new HmacRefreshTokenSeal("use-case-test-refresh-seal-key");
  const issuer = new SessionIssuer(sessions, secrets, tokens, seal, clock, policy);
  const trail: AuditTrail = { unitOfWork, clock };
  const totp = new OtpauthTotp();
  const secretBox = new AesGcmSecretBox("use-case-test-secret");
  const mailer = new RecordingMailer(options.mailer);
  const verification = new StartEmailVerification({ secrets, clock, mailer, tokenExpireHours: 48 });
  store.jobQueues.set(EMAIL_QUEUE, { maxAttempts: 10, retryDelaySeconds: 30 });
  let seeded = 0;

  /** The e-mails committed to the e-mail queue, in the order they were enqueued. */
  const queuedEmails = (): OutgoingEmail[] =>
    [...store.jobs.values()]
      .filter((job) => job.queue === EMAIL_QUEUE)
      .sort((a, b) => a.sequence - b.sequence)
      .map((job) => job.payload as OutgoingEmail);

  async function seedUser(seed: SeedUserOptions = {}): Promise<SeededUser> {
    seeded += 1;
    const password = seed.password ?? `password-${seeded}`;
    const user = await users.add({
      email: seed.email ?? `user${seeded}@example.com`,
      fullName: seed.fullName ?? null,
      hashedPassword: await hasher.hash(password),
      isActive: seed.isActive ?? true,
      isSuperuser: seed.isSuperuser ?? false,
      emailVerifiedAt: seed.emailVerified ? clock.now() : null,
    });
    return { user, actor: actorOf(user), password };
  }

  /** A trail whose units write through `through` (racing or failing repositories) instead of the store's own. */
  const trailThrough = (through: Partial<TransactionalRepositories>): AuditTrail => ({
    unitOfWork: { run: (work) => unitOfWork.run((repositories) => work({ ...repositories, ...through })) },
    clock,
  });

  return {
    store,
    users,
    items,
    sessions,
    twoFactor,
    mfaChallenges,
    totp,
    secretBox,
    organizations,
    invitations,
    identities,
    unitOfWork,
    hasher,
    tokens,
    secrets,
    clock,
    policy,
    seal,
    issuer,
    trail,
    trailThrough,
    audit,
    mailer,
    verification,
    queuedEmails,
    seedUser,
  };
}

/** The actor an authenticated user acts as. */
export const actorOf = (user: Pick<User, "id" | "isSuperuser">): Actor => ({
  id: user.id,
  isSuperuser: user.isSuperuser,
});
