import {
  Body,
  Consumes,
  Middlewares,
  Path,
  Post,
  Produces,
  Request,
  Response,
  Route,
  Security,
  Tags,
} from "@tsoa/runtime";
import { inject, injectable } from "inversify";
import type { Request as KoaRequest } from "koa";
import { LogInWithBearer } from "../../../core/auth/log-in-with-bearer.js";
import { PreviewPasswordReset } from "../../../core/auth/preview-password-reset.js";
import { RequestPasswordReset } from "../../../core/auth/request-password-reset.js";
import { ResetPassword } from "../../../core/auth/reset-password.js";
import type { Mailer } from "../../../core/mail/mailer.js";
import { RevertEmail } from "../../../core/users/revert-email.js";
import { DependencyKeys } from "../../dependency-keys.js";
import { currentLogger } from "../../logger.js";
import { BEARER, principalOf, SUPERUSER } from "../authentication.js";
import { headerValue } from "../login/header-value.js";
import {
  type Body_login_login_access_token,
  bearerToken,
  type EmailRevert,
  type NewPassword,
  type Token,
} from "../login/login-shapes.js";
import { OperationLimits } from "../rate-limit/operation-limits.js";
import type { RetryAfterHeader, ServiceBusy, TooManyRequests } from "../rate-limit/too-many-requests-shapes.js";
import { requestContextOf } from "../request-origin/edge-context.js";
import { type Message, message } from "../shared-shapes.js";
import type { SecondFactorRequiredBody } from "../two-factor/two-factor-shapes.js";
import { type UserPublic, userPublic } from "../users/user-shapes.js";
import type { HTTPValidationError } from "../validation-error.js";

@injectable()
@Route("api/v1")
@Tags("login")
@Response<HTTPValidationError>(422, "Validation Error")
export class LoginController {
  constructor(
    @inject(LogInWithBearer) private readonly logIn: LogInWithBearer,
    @inject(RequestPasswordReset) private readonly requestReset: RequestPasswordReset,
    @inject(ResetPassword) private readonly reset: ResetPassword,
    @inject(PreviewPasswordReset) private readonly preview: PreviewPasswordReset,
    @inject(RevertEmail) private readonly revert: RevertEmail,
    @inject(DependencyKeys.mailer) private readonly mailer: Mailer,
  ) {}

  /** OAuth2 compatible token login: exchange an e-mail (`username`) and password for a session's access and refresh tokens. */
  @Post("login/access-token")
  @Middlewares(OperationLimits.login)
  @Consumes("application/x-www-form-urlencoded")
  @Response<SecondFactorRequiredBody>(401, "Second factor required: complete the log-in at /login/mfa")
  @Response<TooManyRequests, RetryAfterHeader>(429, "Too many attempts from this address or for this account")
  @Response<ServiceBusy, RetryAfterHeader>(
    503,
    "Every password-hashing slot is busy and the queue is full; try again after Retry-After",
  )
  public async loginAccessToken(
    @Request() request: KoaRequest,
    @Body() form: Body_login_login_access_token,
  ): Promise<Token> {
    const grant = await this.logIn.execute(form.username, form.password, requestContextOf(request.ctx, null));
    request.ctx.set("Cache-Control", "no-store");
    return bearerToken(grant);
  }

  /** Test the access token: returns the caller. */
  @Post("login/test-token")
  @Security(BEARER)
  public async testToken(@Request() request: KoaRequest): Promise<UserPublic> {
    return userPublic(principalOf(request).user);
  }

  /** Password recovery: e-mails a reset link when the address is registered; the answer is the same either way. */
  @Post("password-recovery/{email}")
  @Middlewares(OperationLimits.passwordRecovery)
  @Response<TooManyRequests, RetryAfterHeader>(429, "Too many requests from this address or for this account")
  public async recoverPassword(@Request() request: KoaRequest, @Path() email: string): Promise<Message> {
    if (!this.mailer.enabled) currentLogger().warn("password recovery requested but e-mail is not configured");
    await this.requestReset.execute(email, requestContextOf(request.ctx, null));
    return message("If that email is registered, we sent a password recovery link");
  }

  /** Reset password with the token from the recovery e-mail. */
  @Post("reset-password/")
  @Response<ServiceBusy, RetryAfterHeader>(
    503,
    "Every password-hashing slot is busy and the queue is full; try again after Retry-After",
  )
  public async resetPassword(@Request() request: KoaRequest, @Body() body: NewPassword): Promise<Message> {
    await this.reset.execute(body.token, body.new_password, requestContextOf(request.ctx, null));
    return message("Password updated successfully");
  }

  /**
   * Undo an e-mail change with the link the notice sent to the old address: the old address comes back and every
   * session of the account ends (reset the password to sign in again). The link works once, for 7 days.
   */
  @Post("revert-email/")
  @Response<{ detail: string }>(400, "Invalid token: forged, expired, used, or superseded by a later change")
  @Response<{ detail: string }>(409, "Another account has taken the old address since")
  public async revertEmail(@Request() request: KoaRequest, @Body() body: EmailRevert): Promise<Message> {
    await this.revert.execute(body.token, requestContextOf(request.ctx, null));
    return message("Email address restored; reset your password to sign in");
  }

  /**
   * HTML content of the password recovery e-mail for a user (superuser only; nothing is sent).
   * The e-mail subject is returned in the `subject` response header.
   */
  @Post("password-recovery-html-content/{email}")
  @Security(BEARER, [SUPERUSER])
  @Produces("text/html")
  public async recoverPasswordHtmlContent(@Request() request: KoaRequest, @Path() email: string): Promise<string> {
    const mail = await this.preview.execute(principalOf(request).actor, email);
    request.ctx.set("Content-Type", "text/html; charset=utf-8");
    // The page embeds a live reset token.
    request.ctx.set("Cache-Control", "no-store");
    request.ctx.set("subject", headerValue(mail.subject));
    return mail.html;
  }
}
