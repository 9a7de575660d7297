import type { Clock } from "../shared/clock.js";
import type { RequestContext } from "../shared/request-context.js";
import type { User } from "../users/user.js";
import type { RefreshTokenSeal, TokenService } from "./ports.js";
import { RefreshToken } from "./refresh-token.js";
import { Session, type SessionPolicy } from "./session.js";
import type { SecretGenerator, SessionRepository } from "./session-ports.js";

/** What a bearer client receives: a session-bound access token and a single-use refresh token. */
export interface BearerGrant {
  readonly accessToken: string;
  readonly refreshToken: string;
  /** Seconds the access token stays valid. */
  readonly expiresIn: number;
  readonly session: Session;
}

/** What a browser receives: the opaque cookie secret of a new session, and whose it is. */
export interface CookieGrant {
  readonly user: User;
  readonly session: Session;
  readonly secret: string;
}

/** Opens sessions and mints their secrets; only hashes of the secrets reach the repository. */
export class SessionIssuer {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly secrets: SecretGenerator,
    private readonly tokens: TokenService,
    private readonly seal: RefreshTokenSeal,
    private readonly clock: Clock,
    private readonly policy: SessionPolicy,
  ) {}

  /** Opens the session through `sessions` when given (a unit of work's), else through the issuer's own. */
  async openForBearer(user: User, context: RequestContext, sessions = this.sessions): Promise<BearerGrant> {
    const secret = this.secrets.generate();
    const hashes = { refreshTokenHash: this.secrets.hash(secret), cookieTokenHash: null };
    const session = await sessions.add(Session.open(user.id, context, hashes, this.clock.now(), this.policy));
    return this.bearerGrant(session, secret);
  }

  async openForCookie(user: User, context: RequestContext, sessions = this.sessions): Promise<CookieGrant> {
    const secret = this.secrets.generate();
    const hashes = { refreshTokenHash: null, cookieTokenHash: this.secrets.hash(secret) };
    const session = await sessions.add(Session.open(user.id, context, hashes, this.clock.now(), this.policy));
    return { user, session, secret };
  }

  /** The session id and secret of a refresh token sealed here; null for any other token, before any lookup. */
  readRefreshToken(token: string): { sessionId: string; secret: string } | null {
    const opened = this.seal.open(token);
    return opened === null ? null : RefreshToken.parse(opened);
  }

  /** A new grant for the session if `presentedSecret` is its current refresh secret; null when it is spent. */
  async rotate(session: Session, presentedSecret: string): Promise<BearerGrant | null> {
    const secret = this.secrets.generate();
    const rotated = await this.sessions.rotateRefreshToken(
      session.id,
      this.secrets.hash(presentedSecret),
      this.secrets.hash(secret),
      this.clock.now(),
    );
    return rotated ? this.bearerGrant(rotated, secret) : null;
  }

  private bearerGrant(session: Session, secret: string): BearerGrant {
    const access = this.tokens.issueSessionAccessToken(session.userId, session);
    const refreshToken = this.seal.seal(RefreshToken.format(session.id, secret));
    return { accessToken: access.token, refreshToken, expiresIn: access.expiresIn, session };
  }
}
