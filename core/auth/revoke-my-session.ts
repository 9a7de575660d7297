import { type AuditTrail, partyOf, recordedChange, sessionTarget } from "../audit/audit-trail.js";
import type { Actor } from "../shared/actor.js";
import { ANONYMOUS_CONTEXT, type RequestContext } from "../shared/request-context.js";
import { Session, type SessionPolicy } from "./session.js";
import { SessionErrors } from "./session-errors.js";
import type { SessionRepository } from "./session-ports.js";

/** Signs out one of the caller's live sessions; anyone else's is as unknown as a missing one. Raises: session.not_found. */
export class RevokeMySession {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly trail: AuditTrail,
    private readonly policy: SessionPolicy,
  ) {}

  async execute(actor: Actor, sessionId: string, context: RequestContext = ANONYMOUS_CONTEXT): Promise<void> {
    const session = await this.sessions.findById(sessionId);
    const now = this.trail.clock.now();
    if (!session || session.userId !== actor.id || !Session.isLive(session, now, this.policy)) {
      throw SessionErrors.sessionNotFound();
    }
    const revoked = await recordedChange(
      this.trail,
      context,
      (repositories) => repositories.sessions.revoke(session.id, now),
      async (done, repositories) =>
        done
          ? {
              action: "auth.session_revoked",
              actor: await partyOf(repositories.users, actor.id),
              target: sessionTarget(session.id),
            }
          : null,
    );
    if (!revoked) throw SessionErrors.sessionNotFound();
  }
}
