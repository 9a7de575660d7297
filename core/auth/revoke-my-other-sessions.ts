import type { Actor } from "../shared/actor.js";
import type { Clock } from "../shared/clock.js";
import type { RequestContext } from "../shared/request-context.js";
import type { SessionRepository } from "./session-ports.js";

/** Signs out every session of the caller but the one making the request. Raises nothing. */
export class RevokeMyOtherSessions {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly clock: Clock,
  ) {}

  async execute(actor: Actor, context: RequestContext): Promise<void> {
    await this.sessions.revokeAllOfUser(actor.id, this.clock.now(), context.sessionId);
  }
}
