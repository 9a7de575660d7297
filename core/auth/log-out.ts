import { type AuditTrail, partyOf, recordedChange, sessionTarget } from "../audit/audit-trail.js";
import type { Actor } from "../shared/actor.js";
import type { RequestContext } from "../shared/request-context.js";

/** Ends the session the request came with; a request without one has nothing to end. Raises nothing. */
export class LogOut {
  constructor(private readonly trail: AuditTrail) {}

  async execute(actor: Actor, context: RequestContext): Promise<void> {
    const { sessionId } = context;
    if (sessionId === null) return;
    await recordedChange(
      this.trail,
      context,
      (repositories) => repositories.sessions.revoke(sessionId, this.trail.clock.now()),
      async (revoked, repositories) =>
        revoked
          ? {
              action: "auth.logout",
              actor: await partyOf(repositories.users, actor.id),
              target: sessionTarget(sessionId),
            }
          : null,
    );
  }
}
