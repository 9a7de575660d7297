import { Get, Post, Query, Request, Response, Route, Security, SuccessResponse, Tags } from "@tsoa/runtime";
import { inject, injectable } from "inversify";
import type { Request as KoaRequest } from "koa";
import { SendTestEmail } from "../../../core/mail/send-test-email.js";
import { DomainError } from "../../../core/shared/errors.js";
import { DependencyKeys, type ReadinessProbe } from "../../dependency-keys.js";
import { BEARER, principalOf, SUPERUSER } from "../authentication.js";
import { type EmailStr, type Message, message } from "../shared-shapes.js";
import type { HTTPValidationError } from "../validation-error.js";

@injectable()
@Route("api/v1/utils")
@Tags("utils")
export class UtilsController {
  constructor(
    @inject(SendTestEmail) private readonly sendTestEmail: SendTestEmail,
    @inject(DependencyKeys.readiness) private readonly databaseReady: ReadinessProbe,
  ) {}

  /** Send a test e-mail (superuser only); 503 when e-mail is not configured. */
  @Post("test-email/")
  @Security(BEARER, [SUPERUSER])
  @SuccessResponse(201, "Created")
  @Response<HTTPValidationError>(422, "Validation Error")
  @Response<{ detail: string }>(503, "Email is not configured")
  public async testEmail(@Request() request: KoaRequest, @Query() email_to: EmailStr): Promise<Message> {
    await this.sendTestEmail.execute(principalOf(request).actor, email_to);
    return message("Test email sent");
  }

  /** Liveness: always `true`; does not touch the database. */
  @Get("health-check/")
  public async healthCheck(): Promise<boolean> {
    return true;
  }

  /** Readiness: `true` when the database answers, else 503 `{"detail":"Service Unavailable"}`. */
  @Get("ready/")
  @Response<{ detail: string }>(503, "Service Unavailable")
  public async readinessCheck(): Promise<boolean> {
    if (await this.databaseReady()) return true;
    throw new DomainError("unavailable", "database.unavailable", "Service Unavailable");
  }
}
