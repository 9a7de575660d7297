import { Body, Get, Middlewares, Post, Request, Response, Route, Security, Tags } from "@tsoa/runtime";
import { inject, injectable } from "inversify";
import type { Request as KoaRequest } from "koa";
import { ReadMySecurity } from "../../../core/users/read-my-security.js";
import { SendVerificationEmail } from "../../../core/users/send-verification-email.js";
import { VerifyEmail } from "../../../core/users/verify-email.js";
import { BEARER, principalOf } from "../authentication.js";
import { OperationLimits } from "../rate-limit/operation-limits.js";
import type { RetryAfterHeader, TooManyRequests } from "../rate-limit/too-many-requests-shapes.js";
import { requestContextOf } from "../request-origin/edge-context.js";
import { type Message, message } from "../shared-shapes.js";
import { type EmailVerificationToken, type UserSecurity, userSecurity } from "../users/security-shapes.js";
import type { HTTPValidationError } from "../validation-error.js";

@injectable()
@Route("api/v1")
@Response<HTTPValidationError>(422, "Validation Error")
export class AccountSecurityController {
  constructor(
    @inject(VerifyEmail) private readonly verify: VerifyEmail,
    @inject(SendVerificationEmail) private readonly sendVerification: SendVerificationEmail,
    @inject(ReadMySecurity) private readonly readSecurity: ReadMySecurity,
  ) {}

  /** Prove an e-mail address with the token of the link sent to it; the link works once. */
  @Post("verify-email/")
  @Tags("login")
  @Response<{ detail: string }>(
    400,
    "Invalid token: unknown, expired, used, replaced by a newer link, or sent to an address the account no longer has",
  )
  public async verifyEmail(@Request() request: KoaRequest, @Body() body: EmailVerificationToken): Promise<Message> {
    await this.verify.execute(body.token, requestContextOf(request.ctx, null));
    return message("Email verified");
  }

  /** Send the caller a new verification link to their current address; an earlier link stops working. */
  @Post("users/me/verification-email")
  @Tags("users")
  @Security(BEARER)
  @Middlewares(OperationLimits.verificationEmail)
  @Response<{ detail: string }>(400, "Email already verified")
  @Response<TooManyRequests, RetryAfterHeader>(429, "Too many requests from this address or for this account")
  public async sendVerificationEmail(@Request() request: KoaRequest): Promise<Message> {
    await this.sendVerification.execute(principalOf(request).actor);
    return message("Verification email sent");
  }

  /** How the caller's account is protected: a verified address and each way to sign in. */
  @Get("users/me/security")
  @Tags("users")
  @Security(BEARER)
  public async readMySecurity(@Request() request: KoaRequest): Promise<UserSecurity> {
    return userSecurity(await this.readSecurity.execute(principalOf(request).actor));
  }
}
