import {
  Body,
  Consumes,
  Delete,
  Get,
  Middlewares,
  Path,
  Post,
  Request,
  Response,
  Route,
  Security,
  Tags,
} from "@tsoa/runtime";
import { inject, injectable } from "inversify";
import type { Request as KoaRequest } from "koa";
import { ListMySessions } from "../../../core/auth/list-my-sessions.js";
import { LogInWithCookie } from "../../../core/auth/log-in-with-cookie.js";
import { LogOut } from "../../../core/auth/log-out.js";
import { RefreshSession } from "../../../core/auth/refresh-session.js";
import { RevokeMyOtherSessions } from "../../../core/auth/revoke-my-other-sessions.js";
import { RevokeMySession } from "../../../core/auth/revoke-my-session.js";
import type { Clock } from "../../../core/shared/clock.js";
import { DependencyKeys } from "../../dependency-keys.js";
import { BEARER, principalOf } from "../authentication.js";
import { cookieOriginChecked } from "../browser-session/cookie-origin-check.js";
import { signedInUser } from "../browser-session/session-probe.js";
import type { WebSessions } from "../browser-session/web-sessions.js";
import {
  type Body_login_login_access_token,
  type Body_login_refresh_token,
  bearerToken,
  type Token,
} from "../login/login-shapes.js";
import { OperationLimits } from "../rate-limit/operation-limits.js";
import type { RetryAfterHeader, ServiceBusy, TooManyRequests } from "../rate-limit/too-many-requests-shapes.js";
import { requestContextOf } from "../request-origin/edge-context.js";
import { type SessionState, type SessionsPublic, sessionsPublic } from "../sessions/session-shapes.js";
import { type Message, message, type UUID } from "../shared-shapes.js";
import type { SecondFactorRequiredBody } from "../two-factor/two-factor-shapes.js";
import { type UserPublic, userPublic } from "../users/user-shapes.js";
import type { HTTPValidationError } from "../validation-error.js";

@injectable()
@Route("api/v1")
@Response<HTTPValidationError>(422, "Validation Error")
export class SessionsController {
  constructor(
    @inject(RefreshSession) private readonly refresh: RefreshSession,
    @inject(LogInWithCookie) private readonly logInWithCookie: LogInWithCookie,
    @inject(LogOut) private readonly logOut: LogOut,
    @inject(ListMySessions) private readonly listMine: ListMySessions,
    @inject(RevokeMySession) private readonly revokeMine: RevokeMySession,
    @inject(RevokeMyOtherSessions) private readonly revokeOthers: RevokeMyOtherSessions,
    @inject(DependencyKeys.webSessions) private readonly web: WebSessions,
    @inject(DependencyKeys.clock) private readonly clock: Clock,
  ) {}

  /** Trade a refresh token for new tokens of its session; each refresh token works once. */
  @Post("login/refresh")
  @Tags("login")
  @Consumes("application/x-www-form-urlencoded")
  public async refreshToken(@Request() request: KoaRequest, @Body() form: Body_login_refresh_token): Promise<Token> {
    const grant = await this.refresh.execute(form.refresh_token, requestContextOf(request.ctx, null));
    request.ctx.set("Cache-Control", "no-store");
    return bearerToken(grant);
  }

  /** Browser login: sets the httpOnly session cookie and returns the user. */
  @Post("login/session")
  @Tags("login")
  @Middlewares(cookieOriginChecked, OperationLimits.login)
  @Consumes("application/x-www-form-urlencoded")
  @Response<{ detail: string }>(403, "CSRF check failed: the request did not come from an allowed origin")
  @Response<SecondFactorRequiredBody>(401, "Second factor required: complete the log-in at /login/mfa")
  @Response<TooManyRequests, RetryAfterHeader>(429, "Too many attempts from this address or for this account")
  @Response<ServiceBusy, RetryAfterHeader>(
    503,
    "Every password-hashing slot is busy and the queue is full; try again after Retry-After",
  )
  public async loginSession(
    @Request() request: KoaRequest,
    @Body() form: Body_login_login_access_token,
  ): Promise<UserPublic> {
    const context = requestContextOf(request.ctx, null);
    const grant = await this.logInWithCookie.execute(form.username, form.password, context);
    this.web.cookie.set(request.ctx, grant.secret, grant.session.expiresAt, this.clock.now());
    return userPublic(grant.user);
  }

  /**
   * Who is signed in on this browser (by its session cookie, or a bearer token), or `{"user": null}` when nobody
   * is: a page can ask on load without the browser logging a refused request. `GET /users/me` still answers 401.
   */
  @Get("session")
  @Tags("login")
  public async readSession(@Request() request: KoaRequest): Promise<SessionState> {
    const user = await signedInUser(request);
    request.ctx.set("Cache-Control", "no-store");
    return { user: user === null ? null : userPublic(user) };
  }

  /** End the current session (bearer or cookie) and clear the session cookie. */
  @Post("logout")
  @Tags("login")
  @Security(BEARER)
  public async logout(@Request() request: KoaRequest): Promise<Message> {
    const { actor, context } = principalOf(request);
    await this.logOut.execute(actor, context);
    this.web.cookie.clear(request.ctx);
    return message("Logged out");
  }

  /** The caller's active sessions, most recently used first. */
  @Get("users/me/sessions")
  @Tags("users")
  @Security(BEARER)
  public async readMySessions(@Request() request: KoaRequest): Promise<SessionsPublic> {
    const { actor, context } = principalOf(request);
    return sessionsPublic(await this.listMine.execute(actor, context));
  }

  /** Sign out of one of the caller's sessions. */
  @Delete("users/me/sessions/{session_id}")
  @Tags("users")
  @Security(BEARER)
  public async revokeMySession(@Request() request: KoaRequest, @Path() session_id: UUID): Promise<Message> {
    const { actor, context } = principalOf(request);
    await this.revokeMine.execute(actor, session_id, context);
    return message("Session revoked");
  }

  /** Sign out of every session of the caller but the current one. */
  @Delete("users/me/sessions")
  @Tags("users")
  @Security(BEARER)
  public async revokeMyOtherSessions(@Request() request: KoaRequest): Promise<Message> {
    const { actor, context } = principalOf(request);
    await this.revokeOthers.execute(actor, context);
    return message("Other sessions revoked");
  }
}
