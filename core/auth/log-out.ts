import type { Clock } from "../shared/clock.js";
import type { RequestContext } from "../shared/request-context.js";
import type { SessionRepository } from "./session-ports.js";

/** Ends the session the request came with; a request without one has nothing to end. Raises nothing. */
export class LogOut {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly clock: Clock,
  ) {}

  async execute(context: RequestContext): Promise<void> {
    if (context.sessionId !== null) await this.sessions.revoke(context.sessionId, this.clock.now());
  }
}
