import type { Clock } from "../shared/clock.js";
import type { SessionPolicy } from "./session.js";
import type { SessionRepository } from "./session-ports.js";

const DAY_MS = 86_400_000;

/**
 * A scheduled job's work: deletes the sessions that ended (revoked, expired, or idle past the policy) more than a day
 * ago; a day of grace keeps a just-ended session visible to the user's security page. Gives how many went.
 */
export class PurgeEndedSessions {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly clock: Clock,
    private readonly policy: SessionPolicy,
  ) {}

  execute(): Promise<number> {
    const dayAgo = this.clock.now().getTime() - DAY_MS;
    return this.sessions.deleteEnded(new Date(dayAgo), new Date(dayAgo - this.policy.idleDays * DAY_MS));
  }
}
