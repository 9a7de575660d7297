import type { Clock } from "../shared/clock.js";
import { AuthErrors } from "./auth-errors.js";
import { type Authenticated, markUsed } from "./authenticated.js";
import type { TokenService } from "./ports.js";
import { Session, type SessionPolicy } from "./session.js";
import type { SessionRepository } from "./session-ports.js";

/**
 * Resolves a bearer token to its user and live session, checked in the order of docs/security/sessions.md so reference clients keep
 * their answers. Raises: auth.invalid_token, auth.user_not_found, auth.inactive_user, then auth.invalid_token.
 */
export class AuthenticateBearer {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly tokens: TokenService,
    private readonly clock: Clock,
    private readonly policy: SessionPolicy,
  ) {}

  async execute(token: string): Promise<Authenticated> {
    const claims = this.tokens.readAccessClaims(token);
    if (!claims) throw AuthErrors.invalidCredentials();
    const { user, session } = await this.sessions.findUserAndSession(claims.userId, claims.sessionId);
    if (!user) throw AuthErrors.userNotFound();
    if (!user.isActive) throw AuthErrors.inactiveUser();
    // A token without a session cannot be revoked, so it is not accepted here.
    const now = this.clock.now();
    if (!session || session.userId !== user.id || !Session.isLive(session, now, this.policy)) {
      throw AuthErrors.invalidCredentials();
    }
    return { user, session: await markUsed(this.sessions, session, now) };
  }
}
