import { type AuditTrail, partyOf, recordedChange, userTarget } from "../audit/audit-trail.js";
import type { Actor } from "../shared/actor.js";
import type { RequestContext } from "../shared/request-context.js";

/** Signs out every session of the caller but the one making the request. Raises nothing. */
export class RevokeMyOtherSessions {
  constructor(private readonly trail: AuditTrail) {}

  async execute(actor: Actor, context: RequestContext): Promise<void> {
    await recordedChange(
      this.trail,
      context,
      (repositories) => repositories.sessions.revokeAllOfUser(actor.id, this.trail.clock.now(), context.sessionId),
      async (count, repositories) => ({
        action: "auth.session_revoked",
        actor: await partyOf(repositories.users, actor.id),
        target: userTarget(actor.id),
        details: { scope: "others", sessions_revoked: count },
      }),
    );
  }
}
