import type { Clock } from "../shared/clock.js";
import type { MfaChallengeRepository } from "../two-factor/ports.js";
import { Session, type SessionPolicy } from "./session.js";
import type { SessionRepository } from "./session-ports.js";

/** How long an ended session is kept (for "signed out" answers and the audit trail's references) before it goes. */
const KEPT_AFTER_END_DAYS = 1;
const DAY_MS = 86_400_000;

/**
 * Deletes the sessions that ended (revoked, expired or idle) more than a day ago, so the table holds live sessions
 * and recent ends only; log-in challenges expired as long ago go with them. Idempotent: a scheduler may run it as often as it likes, on any replica.
 */
export class PurgeEndedSessions {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly clock: Clock,
    private readonly policy: SessionPolicy,
    private readonly mfaChallenges?: MfaChallengeRepository,
  ) {}

  /** How many sessions were deleted. */
  async execute(): Promise<number> {
    const cutoff = new Date(this.clock.now().getTime() - KEPT_AFTER_END_DAYS * DAY_MS);
    await this.mfaChallenges?.deleteExpired(cutoff);
    return this.sessions.deleteEnded({ now: cutoff, usedSince: Session.idleCutoff(cutoff, this.policy) });
  }
}
