import { Body, Middlewares, Post, Response, Route, Tags } from "@tsoa/runtime";
import { inject, injectable } from "inversify";
import { CreateDevUser } from "../../../core/users/create-dev-user.js";
import { localOnly } from "../middleware/local-only.js";
import type { RetryAfterHeader, ServiceBusy } from "../rate-limit/too-many-requests-shapes.js";
import { type PrivateUserCreate, type UserPublic, userPublic } from "../users/user-shapes.js";
import type { HTTPValidationError } from "../validation-error.js";

/** Development-only routes: registered only when ENVIRONMENT=local. */
@injectable()
@Middlewares(localOnly)
@Route("api/v1/private")
@Tags("private")
@Response<HTTPValidationError>(422, "Validation Error")
export class PrivateController {
  constructor(@inject(CreateDevUser) private readonly createDevUser: CreateDevUser) {}

  /** Create an active, regular user without any checks (local development and end-to-end tests). */
  @Post("users/")
  @Response<ServiceBusy, RetryAfterHeader>(
    503,
    "Every password-hashing slot is busy and the queue is full; try again after Retry-After",
  )
  public async createPrivateUser(@Body() body: PrivateUserCreate): Promise<UserPublic> {
    const input = { email: body.email, password: body.password, fullName: body.full_name };
    return userPublic(await this.createDevUser.execute(input));
  }
}
