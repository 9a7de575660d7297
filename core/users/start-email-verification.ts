import type { SecretGenerator } from "../auth/session-ports.js";
import type { Mailer } from "../mail/mailer.js";
import { queueEmail } from "../mail/queue-email.js";
import type { Clock } from "../shared/clock.js";
import type { TransactionalRepositories } from "../shared/unit-of-work.js";
import type { User } from "./user.js";

/** What starting a verification needs: fresh secrets and their digests, the clock, the mailer, the link's life. */
export interface EmailVerificationSettings {
  readonly secrets: SecretGenerator;
  readonly clock: Clock;
  readonly mailer: Mailer;
  readonly tokenExpireHours: number;
}

const HOUR_MS = 3_600_000;

/**
 * Inside a unit of work: gives the user a new verification link for the address they have now (voiding any earlier
 * one) and queues the e-mail that carries it. Only the token's digest is stored; the token travels in the e-mail.
 */
export class StartEmailVerification {
  constructor(private readonly settings: EmailVerificationSettings) {}

  async for(repositories: Pick<TransactionalRepositories, "emailVerifications" | "jobs">, user: User): Promise<void> {
    const { secrets, clock, mailer, tokenExpireHours } = this.settings;
    const token = secrets.generate();
    await repositories.emailVerifications.replace({
      userId: user.id,
      email: user.email,
      tokenHash: secrets.hash(token),
      expiresAt: new Date(clock.now().getTime() + tokenExpireHours * HOUR_MS),
    });
    await queueEmail(mailer, repositories.jobs, { kind: "verify_email", to: user.email, token });
  }
}
