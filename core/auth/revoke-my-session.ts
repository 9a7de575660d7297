import type { Actor } from "../shared/actor.js";
import type { Clock } from "../shared/clock.js";
import { Session, type SessionPolicy } from "./session.js";
import { SessionErrors } from "./session-errors.js";
import type { SessionRepository } from "./session-ports.js";

/** Signs out one of the caller's live sessions; anyone else's is as unknown as a missing one. Raises: session.not_found. */
export class RevokeMySession {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly clock: Clock,
    private readonly policy: SessionPolicy,
  ) {}

  async execute(actor: Actor, sessionId: string): Promise<void> {
    const session = await this.sessions.findById(sessionId);
    const now = this.clock.now();
    if (!session || session.userId !== actor.id || !Session.isLive(session, now, this.policy)) {
      throw SessionErrors.sessionNotFound();
    }
    if (!(await this.sessions.revoke(session.id, now))) throw SessionErrors.sessionNotFound();
  }
}
