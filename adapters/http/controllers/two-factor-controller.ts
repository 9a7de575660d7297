import { Body, Delete, Middlewares, Path, Post, Request, Response, Route, Security, Tags } from "@tsoa/runtime";
import { inject, injectable } from "inversify";
import type { Request as KoaRequest } from "koa";
import type { Clock } from "../../../core/shared/clock.js";
import { CompleteMfaLogIn } from "../../../core/two-factor/complete-mfa-log-in.js";
import { ConfirmTotp } from "../../../core/two-factor/confirm-totp.js";
import { DisableTotp } from "../../../core/two-factor/disable-totp.js";
import { RegenerateRecoveryCodes } from "../../../core/two-factor/regenerate-recovery-codes.js";
import { ResetTwoFactor } from "../../../core/two-factor/reset-two-factor.js";
import { StartMfaPasskey } from "../../../core/two-factor/start-mfa-passkey.js";
import { StartTotpSetup } from "../../../core/two-factor/start-totp-setup.js";
import { DependencyKeys } from "../../dependency-keys.js";
import { BEARER, principalOf, SUPERUSER } from "../authentication.js";
import type { WebSessions } from "../browser-session/web-sessions.js";
import { bearerToken, type Token } from "../login/login-shapes.js";
import type { WebAuthnOptions } from "../passkeys/passkey-shapes.js";
import { OperationLimits } from "../rate-limit/operation-limits.js";
import type { RetryAfterHeader, ServiceBusy, TooManyRequests } from "../rate-limit/too-many-requests-shapes.js";
import { requestContextOf } from "../request-origin/edge-context.js";
import { type Message, message, type UUID } from "../shared-shapes.js";
import { mfaCookieOriginChecked } from "../two-factor/mfa-token-edge.js";
import {
  type MfaLogIn,
  type MfaTokenBody,
  type PasswordConfirmation,
  proofOf,
  type RecoveryCodes,
  recoveryCodes,
  type TotpCode,
  type TotpSetupPublic,
  totpSetupPublic,
} from "../two-factor/two-factor-shapes.js";
import { type UserPublic, userPublic } from "../users/user-shapes.js";
import type { HTTPValidationError } from "../validation-error.js";

@injectable()
@Route("api/v1")
@Response<HTTPValidationError>(422, "Validation Error")
export class TwoFactorController {
  constructor(
    @inject(StartTotpSetup) private readonly startSetup: StartTotpSetup,
    @inject(ConfirmTotp) private readonly confirm: ConfirmTotp,
    @inject(DisableTotp) private readonly disable: DisableTotp,
    @inject(RegenerateRecoveryCodes) private readonly regenerate: RegenerateRecoveryCodes,
    @inject(CompleteMfaLogIn) private readonly completeLogIn: CompleteMfaLogIn,
    @inject(ResetTwoFactor) private readonly reset: ResetTwoFactor,
    @inject(StartMfaPasskey) private readonly startMfaPasskey: StartMfaPasskey,
    @inject(DependencyKeys.webSessions) private readonly web: WebSessions,
    @inject(DependencyKeys.clock) private readonly clock: Clock,
  ) {}

  /**
   * Start setting up an authenticator app (TOTP), proving the current password: a new secret, pending until a code
   * confirms it (it replaces a pending one). Scan the URI as a QR code or type the secret.
   */
  @Post("users/me/totp")
  @Tags("users")
  @Security(BEARER)
  @Middlewares(OperationLimits.passwordChange)
  @Response<{ detail: string }>(400, "Incorrect password")
  @Response<TooManyRequests, RetryAfterHeader>(429, "Too many wrong passwords from this address or for this account")
  @Response<ServiceBusy, RetryAfterHeader>(
    503,
    "Every password-hashing slot is busy and the queue is full; try again after Retry-After",
  )
  public async startTotpSetup(
    @Request() request: KoaRequest,
    @Body() body: PasswordConfirmation,
  ): Promise<TotpSetupPublic> {
    request.ctx.set("Cache-Control", "no-store");
    return totpSetupPublic(await this.startSetup.execute(principalOf(request).actor, body.password));
  }

  /** Confirm the pending set-up with a code from the app: two-factor log-in is on; the recovery codes are shown once. */
  @Post("users/me/totp/confirm")
  @Tags("users")
  @Security(BEARER)
  @Response<{ detail: string }>(400, "Invalid code")
  public async confirmTotp(@Request() request: KoaRequest, @Body() body: TotpCode): Promise<RecoveryCodes> {
    const { actor, context } = principalOf(request);
    request.ctx.set("Cache-Control", "no-store");
    return recoveryCodes(await this.confirm.execute(actor, body.code, context));
  }

  /** Turn two-factor log-in off, proving the current password; the recovery codes go with it. */
  @Post("users/me/totp/disable")
  @Tags("users")
  @Security(BEARER)
  @Middlewares(OperationLimits.passwordChange)
  @Response<{ detail: string }>(400, "Incorrect password")
  @Response<TooManyRequests, RetryAfterHeader>(429, "Too many wrong passwords from this address or for this account")
  @Response<ServiceBusy, RetryAfterHeader>(
    503,
    "Every password-hashing slot is busy and the queue is full; try again after Retry-After",
  )
  public async disableTotp(@Request() request: KoaRequest, @Body() body: PasswordConfirmation): Promise<Message> {
    const { actor, context } = principalOf(request);
    await this.disable.execute(actor, body.password, context);
    return message("Two-factor authentication disabled");
  }

  /** Replace the recovery codes, proving the current password: the old ones stop working; the new ones are shown once. */
  @Post("users/me/recovery-codes")
  @Tags("users")
  @Security(BEARER)
  @Middlewares(OperationLimits.passwordChange)
  @Response<{ detail: string }>(400, "Incorrect password, or two-factor authentication is not enabled")
  @Response<TooManyRequests, RetryAfterHeader>(429, "Too many wrong passwords from this address or for this account")
  @Response<ServiceBusy, RetryAfterHeader>(
    503,
    "Every password-hashing slot is busy and the queue is full; try again after Retry-After",
  )
  public async regenerateRecoveryCodes(
    @Request() request: KoaRequest,
    @Body() body: PasswordConfirmation,
  ): Promise<RecoveryCodes> {
    const { actor, context } = principalOf(request);
    request.ctx.set("Cache-Control", "no-store");
    return recoveryCodes(await this.regenerate.execute(actor, body.password, context));
  }

  /**
   * Superuser only: remove a user's authenticator app and recovery codes, for a user who lost both (after checking
   * who they are). The password alone logs them in again; they are told by e-mail.
   */
  @Delete("users/{user_id}/totp")
  @Tags("users")
  @Security(BEARER, [SUPERUSER])
  @Response<{ detail: string }>(404, "The user with this id does not exist in the system")
  public async resetTwoFactor(@Request() request: KoaRequest, @Path() user_id: UUID): Promise<Message> {
    const { actor, context } = principalOf(request);
    await this.reset.execute(actor, user_id, context);
    return message("Two-factor authentication disabled");
  }

  /**
   * The second step of a log-in whose password step answered 401 "Second factor required": the `mfa_token` and a
   * `code` from the authenticator app, or a `recovery_code`. Answers as the first step would have: the token body
   * for `/login/access-token`, the user and the session cookie for `/login/session`. The token lasts 5 minutes,
   * works once and is void after 5 wrong codes; wrong codes count as failed log-ins.
   */
  @Post("login/mfa")
  @Tags("login")
  @Middlewares(mfaCookieOriginChecked, OperationLimits.mfaLogin)
  @Response<{ detail: string }>(400, "Invalid code: wrong, replayed, or the token is void")
  @Response<{ detail: string }>(403, "CSRF check failed: a cookie log-in's second step from a foreign origin")
  @Response<TooManyRequests, RetryAfterHeader>(429, "Too many attempts from this address or for this account")
  public async logInWithSecondFactor(
    @Request() request: KoaRequest,
    @Body() body: MfaLogIn,
  ): Promise<Token | UserPublic> {
    const context = requestContextOf(request.ctx, null);
    const done = await this.completeLogIn.execute(body.mfa_token, proofOf(body), context);
    request.ctx.set("Cache-Control", "no-store");
    if (done.transport === "bearer") return bearerToken(done.grant);
    this.web.cookie.set(request.ctx, done.grant.secret, done.grant.session.expiresAt, this.clock.now());
    return userPublic(done.grant.user);
  }

  /**
   * WebAuthn request options for proving one of the user's passkeys at the second step of a log-in (the user whose
   * password step answered 401 "Second factor required" with `passkey` among its methods). Send the browser's
   * answer to `/login/mfa` as `passkey`, with the same `mfa_token`.
   */
  @Post("login/mfa/passkey-options")
  @Tags("login")
  @Middlewares(OperationLimits.mfaLogin)
  @Response<{ detail: string }>(400, "Invalid code: the token is void, or the user has no passkey")
  @Response<TooManyRequests, RetryAfterHeader>(429, "Too many attempts from this address or for this account")
  public async passkeyOptionsForSecondFactor(@Body() body: MfaTokenBody): Promise<WebAuthnOptions> {
    return { ...(await this.startMfaPasskey.execute(body.mfa_token)) };
  }
}
