import {
  Body,
  Delete,
  Get,
  Middlewares,
  Patch,
  Path,
  Post,
  Query,
  Request,
  Response,
  Route,
  Security,
  Tags,
} from "@tsoa/runtime";
import { inject, injectable } from "inversify";
import type { Request as KoaRequest } from "koa";
import { ChangePassword } from "../../../core/users/change-password.js";
import { CreateUser } from "../../../core/users/create-user.js";
import { DeleteMe } from "../../../core/users/delete-me.js";
import { DeleteUser } from "../../../core/users/delete-user.js";
import { GetUser } from "../../../core/users/get-user.js";
import { ListUsers } from "../../../core/users/list-users.js";
import { RegisterUser } from "../../../core/users/register-user.js";
import { UpdateMe } from "../../../core/users/update-me.js";
import { UpdateUser } from "../../../core/users/update-user.js";
import { BEARER, principalOf, SUPERUSER } from "../authentication.js";
import { type SortOrder, type UserSortBy, userListQuery } from "../list-queries.js";
import { OperationLimits } from "../rate-limit/operation-limits.js";
import type { RetryAfterHeader, ServiceBusy, TooManyRequests } from "../rate-limit/too-many-requests-shapes.js";
import { requestContextOf } from "../request-origin/edge-context.js";
import { type Message, message, type UUID } from "../shared-shapes.js";
import {
  createUserInput,
  registerUserInput,
  type UpdatePassword,
  type UserCreate,
  type UserPublic,
  type UserRegister,
  type UsersPublic,
  type UserUpdate,
  type UserUpdateMe,
  updateMeInput,
  userChanges,
  userPublic,
  usersPublic,
} from "../users/user-shapes.js";
import type { HTTPValidationError } from "../validation-error.js";

@injectable()
@Route("api/v1/users")
@Tags("users")
@Response<HTTPValidationError>(422, "Validation Error")
export class UsersController {
  constructor(
    @inject(ListUsers) private readonly listUsers: ListUsers,
    @inject(CreateUser) private readonly create: CreateUser,
    @inject(UpdateMe) private readonly updateMe: UpdateMe,
    @inject(ChangePassword) private readonly changePassword: ChangePassword,
    @inject(DeleteMe) private readonly deleteMe: DeleteMe,
    @inject(RegisterUser) private readonly register: RegisterUser,
    @inject(GetUser) private readonly getUser: GetUser,
    @inject(UpdateUser) private readonly update: UpdateUser,
    @inject(DeleteUser) private readonly remove: DeleteUser,
  ) {}

  /**
   * Retrieve users, newest first unless sorted (superuser only).
   * @param q A case-insensitive substring of the e-mail or the full name (% and _ are plain characters).
   * @param sort The field to sort by (default created_at); ties are ordered by id; users without a full name come last when ascending.
   * @param order desc (default) or asc.
   * @param is_active Only active (true) or inactive (false) users.
   * @param is_superuser Only superusers (true) or regular users (false).
   * @minLength q 1
   * @maxLength q 200
   * @isInt skip invalid integer number
   * @minimum skip 0
   * @maximum skip 9007199254740991
   * @isInt limit invalid integer number
   * @minimum limit 1
   * @maximum limit 1000
   */
  @Get("/")
  @Security(BEARER, [SUPERUSER])
  public async readUsers(
    @Request() request: KoaRequest,
    @Query() skip = 0,
    @Query() limit = 100,
    @Query() q?: string,
    @Query() sort: UserSortBy = "created_at",
    @Query() order: SortOrder = "desc",
    @Query() is_active?: boolean,
    @Query() is_superuser?: boolean,
  ): Promise<UsersPublic> {
    const query = userListQuery({ q, sort, order, is_active, is_superuser });
    return usersPublic(await this.listUsers.execute(principalOf(request).actor, { skip, limit }, query));
  }

  /** Create a new user (superuser only); the new user is e-mailed when e-mail is configured. */
  @Post("/")
  @Security(BEARER, [SUPERUSER])
  @Response<ServiceBusy, RetryAfterHeader>(
    503,
    "Every password-hashing slot is busy and the queue is full; try again after Retry-After",
  )
  public async createUser(@Request() request: KoaRequest, @Body() body: UserCreate): Promise<UserPublic> {
    const { actor, context } = principalOf(request);
    return userPublic(await this.create.execute(actor, createUserInput(body), context));
  }

  /** Get the current user. */
  @Get("me")
  @Security(BEARER)
  public async readUserMe(@Request() request: KoaRequest): Promise<UserPublic> {
    return userPublic(principalOf(request).user);
  }

  /** Delete the current user and their items (superusers may not delete themselves). */
  @Delete("me")
  @Security(BEARER)
  public async deleteUserMe(@Request() request: KoaRequest): Promise<Message> {
    const { actor, context } = principalOf(request);
    await this.deleteMe.execute(actor, context);
    return message("User deleted successfully");
  }

  /** Update the current user's name or e-mail. */
  @Patch("me")
  @Security(BEARER)
  public async updateUserMe(@Request() request: KoaRequest, @Body() body: UserUpdateMe): Promise<UserPublic> {
    const { actor, context } = principalOf(request);
    return userPublic(await this.updateMe.execute(actor, updateMeInput(body), context));
  }

  /** Update the current user's password. */
  @Patch("me/password")
  @Security(BEARER)
  @Middlewares(OperationLimits.passwordChange)
  @Response<TooManyRequests, RetryAfterHeader>(429, "Too many wrong passwords from this address or for this account")
  @Response<ServiceBusy, RetryAfterHeader>(
    503,
    "Every password-hashing slot is busy and the queue is full; try again after Retry-After",
  )
  public async updatePasswordMe(@Request() request: KoaRequest, @Body() body: UpdatePassword): Promise<Message> {
    const { actor, context } = principalOf(request);
    await this.changePassword.execute(actor, body.current_password, body.new_password, context);
    return message("Password updated successfully");
  }

  /** Create a new user without the need to be logged in. */
  @Post("signup")
  @Middlewares(OperationLimits.signup)
  @Response<TooManyRequests, RetryAfterHeader>(429, "Too many sign-ups from this address or for this e-mail")
  @Response<ServiceBusy, RetryAfterHeader>(
    503,
    "Every password-hashing slot is busy and the queue is full; try again after Retry-After",
  )
  public async registerUser(@Request() request: KoaRequest, @Body() body: UserRegister): Promise<UserPublic> {
    return userPublic(await this.register.execute(registerUserInput(body), requestContextOf(request.ctx, null)));
  }

  /** Get a specific user by id (anyone may read themselves; others need a superuser). */
  @Get("{user_id}")
  @Security(BEARER)
  public async readUserById(@Request() request: KoaRequest, @Path() user_id: UUID): Promise<UserPublic> {
    return userPublic(await this.getUser.execute(principalOf(request).actor, user_id));
  }

  /** Update a user (superuser only); only the keys sent are changed. */
  @Patch("{user_id}")
  @Security(BEARER, [SUPERUSER])
  @Response<ServiceBusy, RetryAfterHeader>(
    503,
    "Every password-hashing slot is busy and the queue is full; try again after Retry-After",
  )
  public async updateUser(
    @Request() request: KoaRequest,
    @Path() user_id: UUID,
    @Body() body: UserUpdate,
  ): Promise<UserPublic> {
    const { actor, context } = principalOf(request);
    return userPublic(await this.update.execute(actor, user_id, userChanges(body), context));
  }

  /** Delete a user and their items (superuser only). */
  @Delete("{user_id}")
  @Security(BEARER, [SUPERUSER])
  public async deleteUser(@Request() request: KoaRequest, @Path() user_id: UUID): Promise<Message> {
    const { actor, context } = principalOf(request);
    await this.remove.execute(actor, user_id, context);
    return message("User deleted successfully");
  }
}
