import { type AuditTrail, recordedChange, userTarget } from "../audit/audit-trail.js";
import { ANONYMOUS_CONTEXT, type RequestContext } from "../shared/request-context.js";
import type { UserRepository } from "../users/ports.js";
import { Session, type SessionPolicy } from "./session.js";
import { SessionErrors } from "./session-errors.js";
import type { BearerGrant, SessionIssuer } from "./session-issuer.js";
import type { SessionRepository } from "./session-ports.js";

/**
 * Trades a refresh token for a new grant; each refresh token works once, and presenting a spent one revokes the
 * whole session (it was stolen or replayed), recorded as `auth.refresh_reused` with the revocation. Only a token
 * the issuer sealed names a session: a forged one is refused before its session is looked up, so it revokes nothing.
 * Raises: auth.invalid_refresh_token.
 */
export class RefreshSession {
  constructor(
    private readonly users: UserRepository,
    private readonly sessions: SessionRepository,
    private readonly issuer: SessionIssuer,
    private readonly trail: AuditTrail,
    private readonly policy: SessionPolicy,
  ) {}

  async execute(refreshToken: string, context: RequestContext = ANONYMOUS_CONTEXT): Promise<BearerGrant> {
    const parsed = this.issuer.readRefreshToken(refreshToken);
    const session = parsed && (await this.sessions.findById(parsed.sessionId));
    if (!parsed || !session || session.refreshTokenHash === null) throw SessionErrors.invalidRefreshToken();
    if (!Session.isLive(session, this.trail.clock.now(), this.policy)) throw SessionErrors.invalidRefreshToken();
    const user = await this.users.findById(session.userId);
    if (!user?.isActive) throw SessionErrors.invalidRefreshToken();
    const grant = await this.issuer.rotate(session, parsed.secret);
    if (grant) return grant;
    await recordedChange(
      this.trail,
      context,
      (repositories) => repositories.sessions.revoke(session.id, this.trail.clock.now()),
      (revoked) =>
        revoked
          ? {
              action: "auth.refresh_reused",
              actor: null,
              target: userTarget(user.id),
              outcome: "failure",
              details: { session_id: session.id },
            }
          : null,
    );
    throw SessionErrors.invalidRefreshToken();
  }
}
