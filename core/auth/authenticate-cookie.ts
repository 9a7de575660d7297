import type { Clock } from "../shared/clock.js";
import type { UserRepository } from "../users/ports.js";
import { AuthErrors } from "./auth-errors.js";
import { type Authenticated, markUsed } from "./authenticated.js";
import { Session, type SessionPolicy } from "./session.js";
import type { SecretGenerator, SessionRepository } from "./session-ports.js";

/** Resolves a session cookie's secret to its user and live session. Raises: auth.not_authenticated, auth.inactive_user. */
export class AuthenticateCookie {
  constructor(
    private readonly users: UserRepository,
    private readonly sessions: SessionRepository,
    private readonly secrets: SecretGenerator,
    private readonly clock: Clock,
    private readonly policy: SessionPolicy,
  ) {}

  async execute(secret: string): Promise<Authenticated> {
    const session = await this.sessions.findByCookieTokenHash(this.secrets.hash(secret));
    const now = this.clock.now();
    if (!session || !Session.isLive(session, now, this.policy)) throw AuthErrors.notAuthenticated();
    const user = await this.users.findById(session.userId);
    if (!user) throw AuthErrors.notAuthenticated();
    if (!user.isActive) throw AuthErrors.inactiveUser();
    return { user, session: await markUsed(this.sessions, session, now) };
  }
}
